namespace Safeguard.Web.SignIn;

/// <summary>
/// Keeps a team manager or administrator who signed in with a password alone on the authenticator set-up page until
/// they have enrolled: nothing else opens for them. The check reads the sign-in cookie's claims, not the database.
/// </summary>
public sealed class TwoFactorEnrolment(RequestDelegate next)
{
    // The set-up page itself, signing out and the error pages stay open.
    private static readonly string[] Open = [TwoFactorSignIn.SetupPath, "/sign-out", "/error"];

    public Task InvokeAsync(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true && TwoFactorSignIn.IsRequiredFor(user) && !TwoFactorSignIn.HasSecondFactor(user)
            && !Open.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.Redirect(TwoFactorSignIn.SetupPath);
            return Task.CompletedTask;
        }
        return next(context);
    }
}

public static class TwoFactorEnrolmentExtensions
{
    public static IApplicationBuilder UseTwoFactorEnrolment(this IApplicationBuilder app) => app.UseMiddleware<TwoFactorEnrolment>();
}
