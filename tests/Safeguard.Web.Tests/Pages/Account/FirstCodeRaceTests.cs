using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Safeguard.Core.Workforce;
using Safeguard.Data;
using Safeguard.Data.Identity;
using Safeguard.Web.SignIn;
using Safeguard.Web.Tests.Support;

namespace Safeguard.Web.Tests.Pages.Account;

/// <summary>
/// Two sign-ins with a user's first code at the same moment, when no last step is kept yet: both find no row and both
/// add one. The one that saves second must be refused like a used code (and its failed attempt still counted), never
/// fail with a database error. The race is made exact: the other sign-in stores its step between this one's look-up
/// and its save.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class FirstCodeRaceTests
{
    [Fact]
    public async Task SecondToSaveTheFirstCode_IsRefused_WithoutADatabaseError()
    {
        var time = new SettableTimeProvider();
        using var app = new SafeguardWebApp(1000, time);
        var (email, _) = await TestUsers.CreateAsync(app, WorkerRole.TeamManager);
        var now = Totp.Step(time.GetUtcNow());

        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<SafeguardDbContext>();
        var store = new RacingStore(db, services.GetRequiredService<IdentityErrorDescriber>());
        using var users = new UserManager<SafeguardUser>(store, services.GetRequiredService<IOptions<IdentityOptions>>(),
            services.GetRequiredService<IPasswordHasher<SafeguardUser>>(), services.GetServices<IUserValidator<SafeguardUser>>(),
            services.GetServices<IPasswordValidator<SafeguardUser>>(), services.GetRequiredService<ILookupNormalizer>(),
            services.GetRequiredService<IdentityErrorDescriber>(), services, services.GetRequiredService<ILogger<UserManager<SafeguardUser>>>());
        var user = (await users.FindByEmailAsync(email))!;
        await users.ResetAuthenticatorKeyAsync(user);
        var key = (await users.GetAuthenticatorKeyAsync(user))!;
        Assert.Null(await SingleUseAuthenticatorTokenProvider.LastAcceptedStepAsync(users, user));

        // The other sign-in: its own scope, the same code's step, saved first.
        store.BeforeAddingToken = async () =>
        {
            await using var other = app.Services.CreateAsyncScope();
            var otherUsers = other.ServiceProvider.GetRequiredService<UserManager<SafeguardUser>>();
            var otherUser = (await otherUsers.FindByEmailAsync(email))!;
            var saved = await otherUsers.SetAuthenticationTokenAsync(otherUser, SingleUseAuthenticatorTokenProvider.TokenStore,
                SingleUseAuthenticatorTokenProvider.LastStepToken, now.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.True(saved.Succeeded);
        };

        var provider = new SingleUseAuthenticatorTokenProvider(time, db);
        Assert.False(await provider.ValidateAsync("TwoFactor", Totp.Code(key, now), users, user));
        Assert.True(store.Raced);
        // What sign-in does next with a refused code: count the failure. It must save, not trip on the refused row.
        Assert.True((await users.AccessFailedAsync(user)).Succeeded);
        Assert.Equal(1, (await TestUsers.FindAsync(app, email)).AccessFailedCount);
        Assert.Equal(now, await app.LastTwoFactorStepAsync(email));
    }

    /// <summary>Identity's store, with a hook run when it is about to add a user's token row it did not find.</summary>
    private sealed class RacingStore(SafeguardDbContext db, IdentityErrorDescriber describer)
        : UserStore<SafeguardUser, IdentityRole<Guid>, SafeguardDbContext, Guid>(db, describer)
    {
        public Func<Task>? BeforeAddingToken { get; set; }
        public bool Raced { get; private set; }

        protected override async Task AddUserTokenAsync(IdentityUserToken<Guid> token)
        {
            if (BeforeAddingToken is { } race && !Raced)
            {
                Raced = true;
                await race();
            }
            await base.AddUserTokenAsync(token);
        }
    }
}
