using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguard.Data.Identity;
using Safeguard.Web.Components;

namespace Safeguard.Web.Pages;

[AllowAnonymous]
public sealed class SignInModel(SignInManager<SafeguardUser> signIn, ILogger<SignInModel> logger) : PageModel
{
    public string? Email { get; private set; }
    public string? ReturnUrl { get; private set; }
    public List<FieldError> Errors { get; } = [];

    public void OnGet(string? returnUrl) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync(string? email, string? password, string? returnUrl)
    {
        Email = email;
        ReturnUrl = returnUrl;
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            Errors.Add(new FieldError(string.IsNullOrWhiteSpace(email) ? "email" : "password",
                string.IsNullOrWhiteSpace(email) ? "Enter your email address" : "Enter your password"));
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(email.Trim(), password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
            return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");

        // The password was right and the user has an authenticator: the code comes next (Identity holds the half-way
        // state in its own two-factor cookie).
        if (result.RequiresTwoFactor)
            return Redirect(Url.IsLocalUrl(returnUrl) ? $"/sign-in/two-factor?returnUrl={Uri.EscapeDataString(returnUrl)}" : "/sign-in/two-factor");

        // The same words for an unknown email and a wrong password, so the page does not reveal who has an account.
        if (result.IsLockedOut)
        {
            logger.LogWarning("Sign-in refused: account locked");
            Errors.Add(new FieldError("email", "Your account is locked after too many attempts. Try again in 15 minutes, or ask your administrator to unlock it"));
        }
        else
            Errors.Add(new FieldError("email", "Enter a correct email address and password"));
        return Page();
    }
}
