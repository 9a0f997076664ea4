using Microsoft.AspNetCore.Identity;

namespace Safeguard.Web.SignIn;

/// <summary>
/// NCSC password guidance: a minimum length (12, set in the identity options) and a block list of the passwords
/// attackers try first, instead of composition rules. The list is short; a later step may load a longer one.
/// </summary>
public sealed class CommonPasswordValidator<TUser> : IPasswordValidator<TUser> where TUser : class
{
    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "123456789012", "1234567890123", "12345678901234", "111111111111", "000000000000", "123123123123",
        "passwordpassword", "password1234", "password12345", "password123456", "Password1234!", "qwertyuiop12",
        "qwertyuiopasdf", "qwerty123456", "iloveyou1234", "letmein12345", "welcome12345", "changeme1234",
        "administrator", "administrator1", "football1234", "monkey123456", "abc123456789", "abcdefghijkl",
        "1q2w3e4r5t6y", "zaq12wsxcde3", "trustno1trustno1", "safeguarding", "safeguarding1", "socialworker",
        "socialworker1", "childrenservices", "summer2026!!", "winter2026!!", "autumn2026!!", "spring2026!!",
    };

    public Task<IdentityResult> ValidateAsync(UserManager<TUser> manager, TUser user, string? password)
    {
        if (password is not null && Common.Contains(password.Trim()))
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "CommonPassword",
                Description = "Choose a password that is harder to guess: this one is on a list of common passwords",
            }));
        return Task.FromResult(IdentityResult.Success);
    }
}
