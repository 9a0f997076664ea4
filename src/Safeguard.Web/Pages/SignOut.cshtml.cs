using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguard.Data.Identity;

namespace Safeguard.Web.Pages;

/// <summary>Sign out is a POST only (with the antiforgery token), so a link on another site cannot sign someone out.</summary>
public sealed class SignOutModel(SignInManager<SafeguardUser> signIn) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect("/sign-in");
    }
}
