using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Safeguard.Data;
using Safeguard.Data.Identity;
using Safeguard.Web.Access;
using Safeguard.Web.SignIn;

namespace Safeguard.Web.Startup;

public static class WebServices
{
    public static WebApplicationBuilder AddSafeguardWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var section = builder.Configuration.GetSection(SafeguardOptions.Section);
        services.Configure<SafeguardOptions>(section);
        var settings = section.Get<SafeguardOptions>() ?? new SafeguardOptions();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<Today>();
        // Pooled: a request takes a ready context (its services and options resolved once) instead of building one.
        services.AddDbContextPool<SafeguardDbContext>(o => SafeguardDatabase.Configure(o, settings.Database));
        services.AddHttpContextAccessor();
        services.AddScoped<RecordAccess>();
        services.AddScoped<Audit.RecordAudit>();
        services.AddScoped<Records.RecordServices>();
        services.AddSingleton<Records.WorkTrayClocks>();
        services.AddSingleton<Records.KeptRecords>();
        services.AddScoped<UserAccounts>();
        services.AddScoped<DemoSeeding>();
        services.AddSingleton<IDemoAuthoritySeeder, GeneratedDemoAuthority>();
        services.AddHostedService<DatabasePreparation>();
        Performance.PerformanceServices.AddSafeguardPerformance(services);

        services.AddIdentity<SafeguardUser, IdentityRole<Guid>>(o =>
            {
                // NCSC: length and a block list, no composition rules (they make passwords weaker and harder to remember).
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                // Two-factor: TOTP through o.Tokens.AuthenticatorTokenProvider (our single-use provider, below);
                // sign-in follows RequiresTwoFactor to /sign-in/two-factor, and SignIn/TwoFactorEnrolment keeps managers
                // and administrators on the set-up page until they have an authenticator.
            })
            .AddEntityFrameworkStores<SafeguardDbContext>()
            .AddDefaultTokenProviders()
            // In place of Identity's authenticator provider, so every code check (sign-in, set-up) refuses a code used before.
            .AddTokenProvider<SingleUseAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider)
            .AddPasswordValidator<CommonPasswordValidator<SafeguardUser>>()
            .AddClaimsPrincipalFactory<WorkerClaimsFactory>();
        services.AddScoped<SecurityStampValidator<SafeguardUser>>();
        services.AddScoped<ISecurityStampValidator, DueSecurityStampValidator>();

        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            // Every 5 minutes a session checks the user's security stamp, which Identity moves when their password or
            // two-factor set-up changes, so a change signs the user's other sessions out. Identity's default of 30
            // minutes never came: the sliding idle timeout re-issues the cookie (and its issue time) every 10 minutes.
            o.ValidationInterval = TimeSpan.FromMinutes(5);
            // The check rebuilds the cookie's claims: keep how the user signed in ("amr"), or a manager who passed
            // two-factor would be sent back to set it up at the next check.
            o.OnRefreshingPrincipal = context =>
            {
                if (context.CurrentPrincipal?.FindFirst(TwoFactorSignIn.MethodClaim) is { } method && context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity
                    && !identity.HasClaim(c => c.Type == TwoFactorSignIn.MethodClaim))
                    identity.AddClaim(new System.Security.Claims.Claim(method.Type, method.Value));
                return Task.CompletedTask;
            };
        });

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "safeguard";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/sign-in";
            o.LogoutPath = "/sign-out";
            o.AccessDeniedPath = "/error/403";
            o.ReturnUrlParameter = "returnUrl";
            // Idle timeout: 20 minutes without a request signs the user out; each request slides it on.
            o.ExpireTimeSpan = TimeSpan.FromMinutes(20);
            o.SlidingExpiration = true;
        });

        // Every page needs a signed-in user unless it says [AllowAnonymous] (sign-in, error); static files are served
        // before authorisation runs.
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddSafeguardPolicies();

        // Per-address limit on sign-in POSTs, beside the per-account lockout: slows password spraying across accounts.
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = (int)HttpStatusCode.TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                HttpMethods.IsPost(context.Request.Method) && context.Request.Path.StartsWithSegments("/sign-in", StringComparison.OrdinalIgnoreCase)
                    ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.SignInAttemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter(""));
        });

        services.AddRouting(o => o.LowercaseUrls = true);
        services.AddRazorPages();
        return builder;
    }
}
