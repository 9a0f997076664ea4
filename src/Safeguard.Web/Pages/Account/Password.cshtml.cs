using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguard.Data.Identity;
using Safeguard.Web.Components;

namespace Safeguard.Web.Pages.Account;

/// <summary>Change your own password: the current one, then a new one that meets the NCSC-style rules (length and a block list).</summary>
public sealed class PasswordModel(UserManager<SafeguardUser> users, SignInManager<SafeguardUser> signIn) : PageModel
{
    public const int MaximumLength = 256;

    public List<FieldError> ErrorList { get; } = [];
    public ErrorSummaryModel Errors => new(ErrorList);

    public string? ErrorFor(string id) => ErrorList.FirstOrDefault(e => e.FieldId == id)?.Message;

    public TextInputModel CurrentField => new("current-password", "CurrentPassword", "Current password", null, Error: ErrorFor("current-password"),
        Width: "20", Autocomplete: "current-password", Type: "password");
    public TextInputModel NewField => new("new-password", "NewPassword", "New password", null,
        "At least 12 characters. A few unrelated words together make a strong password that is easy to remember.", ErrorFor("new-password"),
        Width: "20", Autocomplete: "new-password", Type: "password");
    public TextInputModel ConfirmField => new("confirm-password", "ConfirmPassword", "Type the new password again", null, Error: ErrorFor("confirm-password"),
        Width: "20", Autocomplete: "new-password", Type: "password");

    public BackLinkModel Back { get; } = new("/account", "Your account");

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(string? currentPassword, string? newPassword, string? confirmPassword)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Redirect("/sign-in");
        if (string.IsNullOrEmpty(currentPassword)) ErrorList.Add(new("current-password", "Enter your current password"));
        if (string.IsNullOrEmpty(newPassword)) ErrorList.Add(new("new-password", "Enter a new password"));
        else if (newPassword.Length > MaximumLength) ErrorList.Add(new("new-password", $"The new password must be {MaximumLength} characters or fewer"));
        else if (newPassword != confirmPassword) ErrorList.Add(new("confirm-password", "The passwords you typed do not match"));
        if (ErrorList.Count > 0) return Page();

        var result = await users.ChangePasswordAsync(user, currentPassword!, newPassword!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ErrorList.Add(error.Code == "PasswordMismatch"
                    ? new("current-password", "Your current password is not correct")
                    : new("new-password", error.Code == "PasswordTooShort" ? "The new password must be at least 12 characters" : error.Description));
            return Page();
        }
        // The security stamp changed: reissue this session's cookie (other sessions end at their next check).
        await signIn.RefreshSignInAsync(user);
        TempData["Success"] = "Your password has been changed";
        return Redirect("/account");
    }
}
