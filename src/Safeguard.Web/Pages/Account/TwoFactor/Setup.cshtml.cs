using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguard.Data.Identity;
using Safeguard.Web.Components;
using Safeguard.Web.SignIn;

namespace Safeguard.Web.Pages.Account.TwoFactor;

/// <summary>
/// Enrol an authenticator app: scan the QR code (or type the key), prove it works with one code, then keep the ten
/// recovery codes, shown once. Team managers and administrators are kept here until they have done it.
/// </summary>
public sealed class SetupModel(UserManager<SafeguardUser> users, SignInManager<SafeguardUser> signIn) : PageModel
{
    public string Key { get; private set; } = "";
    public string GroupedKey => TwoFactorSignIn.GroupedKey(Key);
    public string AuthenticatorUri { get; private set; } = "";
    public string QrCodeSvg { get; private set; } = "";
    public bool Required => TwoFactorSignIn.IsRequiredFor(User);
    public bool AlreadyOn { get; private set; }
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];
    public string? Code { get; private set; }
    public string? Error { get; private set; }
    public ErrorSummaryModel Errors => new(Error is null ? [] : [new FieldError("code", Error)]);
    public TextInputModel CodeField => new("code", "code", "Enter the 6-digit code from the app", Code,
        "The code changes every 30 seconds.", Error, Width: "5", Autocomplete: "one-time-code");

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Redirect("/sign-in");
        if (user.TwoFactorEnabled)
        {
            AlreadyOn = true;
            return Page();
        }
        await LoadKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? code)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Redirect("/sign-in");
        if (user.TwoFactorEnabled) return Redirect(TwoFactorSignIn.SetupPath);
        Code = code is { Length: > 100 } ? code[..100] : code;
        var typed = TwoFactorSignIn.Compact(code);
        if (typed.Length == 0) Error = "Enter the 6-digit code from your authenticator app";
        else if (typed.Length != 6 || !typed.All(char.IsAsciiDigit)) Error = "The code must be 6 digits, like 123456";
        else if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, typed))
            Error = "The code is not correct: check the app shows Safeguard, then enter the code showing now";
        if (Error is not null)
        {
            await LoadKeyAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []];
        // A new cookie that says this session has passed a second factor (it also carries the new security stamp).
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(TwoFactorSignIn.MethodClaim, TwoFactorSignIn.Mfa)]);
        return Page();
    }

    /// <summary>A new phone: forget the old key and codes and enrol again (required roles are held here until they do).</summary>
    public async Task<IActionResult> OnPostResetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Redirect("/sign-in");
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(TwoFactorSignIn.MethodClaim, "pwd")]);
        return Redirect(TwoFactorSignIn.SetupPath);
    }

    private async Task LoadKeyAsync(SafeguardUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No authenticator key after resetting it.");
            // Resetting the key changes the security stamp: reissue the cookie so this session is not signed out by it.
            await signIn.RefreshSignInAsync(user);
        }
        Key = key;
        AuthenticatorUri = TwoFactorSignIn.AuthenticatorUri(user.Email ?? user.UserName ?? "", key);
        QrCodeSvg = TwoFactorSignIn.QrCodeSvg(AuthenticatorUri);
    }
}
