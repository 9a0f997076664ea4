using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Safeguard.Data.Identity;

namespace Safeguard.Web.SignIn;

/// <summary>
/// Identity's security-stamp check, built only when it is due. The cookie asks for it on every request, and building
/// it means building the sign-in manager, the user manager and their stores, though it only checks the user's stamp
/// once the validation interval (5 minutes) has passed since the cookie was issued: that building was 4–5 % of a record page.
/// </summary>
internal sealed class DueSecurityStampValidator(IOptions<SecurityStampValidatorOptions> options, TimeProvider time, IServiceProvider services)
    : ISecurityStampValidator
{
    public Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        // The same test as SecurityStampValidator's own: validate when the cookie has no issue time or is older than the interval.
        if (context.Properties.IssuedUtc is { } issued && time.GetUtcNow() - issued <= options.Value.ValidationInterval)
            return Task.CompletedTask;
        return services.GetRequiredService<SecurityStampValidator<SafeguardUser>>().ValidateAsync(context);
    }
}
