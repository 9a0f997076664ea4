using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguard.Data.Identity;
using Safeguard.Web.Components;
using Safeguard.Web.SignIn;

namespace Safeguard.Web.Pages;

/// <summary>
/// The second step of signing in: the 6-digit code from the user's authenticator app, or one of their recovery codes.
/// Wrong codes count towards the same lockout as wrong passwords.
/// </summary>
[AllowAnonymous]
public sealed class SignInTwoFactorModel(SignInManager<SafeguardUser> signIn, ILogger<SignInTwoFactorModel> logger) : PageModel
{
    public string? ReturnUrl { get; private set; }
    public string? Code { get; private set; }
    public string? Error { get; private set; }
    public ErrorSummaryModel Errors => new(Error is null ? [] : [new FieldError("code", Error)]);
    public TextInputModel CodeField => new("code", "code", "Code", Code,
        "Enter the 6-digit code shown in your authenticator app. If you do not have your phone, enter one of your recovery codes.",
        Error, Width: "10", Autocomplete: "one-time-code");

    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        ReturnUrl = returnUrl;
        // Only after a correct password: otherwise there is nobody to ask a code of.
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null) return Redirect("/sign-in");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? code, string? returnUrl)
    {
        ReturnUrl = returnUrl;
        Code = code is { Length: > 100 } ? code[..100] : code;
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null) return Redirect("/sign-in");

        var typed = TwoFactorSignIn.Compact(code);
        Microsoft.AspNetCore.Identity.SignInResult result;
        if (typed.Length == 0) { Error = "Enter the code from your authenticator app"; return Page(); }
        if (typed.Length == 6 && typed.All(char.IsAsciiDigit))
            result = await signIn.TwoFactorAuthenticatorSignInAsync(typed, isPersistent: false, rememberClient: false);
        else if (typed.Length <= 20 && typed.All(char.IsAsciiLetterOrDigit))
            {
            // Identity keeps recovery codes as XXXXX-XXXXX in capitals; accept them typed without the dash or in lower case.
            var recovery = typed.ToUpperInvariant();
            result = await signIn.TwoFactorRecoveryCodeSignInAsync(recovery.Length == 10 ? $"{recovery[..5]}-{recovery[5..]}" : recovery);
        }
        else
        {
            Error = "Enter the 6-digit code from your authenticator app, or a recovery code";
            return Page();
        }

        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
        if (result.IsLockedOut)
        {
            logger.LogWarning("Two-factor sign-in refused: account locked");
            Error = "Your account is locked after too many attempts. Try again in 15 minutes, or ask your administrator to unlock it";
        }
        else Error = "The code is not correct: enter the code showing in your authenticator app now";
        return Page();
    }
}
