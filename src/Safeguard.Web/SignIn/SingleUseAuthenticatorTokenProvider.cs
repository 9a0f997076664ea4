using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.Data.Identity;

namespace Safeguard.Web.SignIn;

/// <summary>
/// The authenticator-app (TOTP) check, registered in place of Identity's, with each code good once: a code seen over
/// someone's shoulder or caught by a fake sign-in page cannot be used again while it is still showing. The last time
/// step accepted for a user is kept in AspNetUserTokens (so it holds across restarts and app instances) and codes for
/// that step or an earlier one are refused, like a wrong code. The clock is the injected TimeProvider; the context is
/// the request's, the one the user store saves through.
/// </summary>
public sealed class SingleUseAuthenticatorTokenProvider(TimeProvider time, SafeguardDbContext db) : AuthenticatorTokenProvider<SafeguardUser>
{
    /// <summary>Where the last accepted step is kept: the user-token "login provider" and name.</summary>
    public const string TokenStore = "[Safeguard]";

    public const string LastStepToken = "AuthenticatorLastStep";

    public const int StepSeconds = 30;

    // As Identity: codes up to two steps either side of now, for phones whose clocks are a little out.
    private const int Drift = 2;

    /// <summary>The 30-second time step an authenticator app shows a code for at <paramref name="at"/>.</summary>
    public static long StepAt(DateTimeOffset at) => at.ToUnixTimeSeconds() / StepSeconds;

    /// <summary>The last step this user signed in (or enrolled) with, if any.</summary>
    public static async Task<long?> LastAcceptedStepAsync(UserManager<SafeguardUser> users, SafeguardUser user) =>
        long.TryParse(await users.GetAuthenticationTokenAsync(user, TokenStore, LastStepToken), NumberStyles.None, CultureInfo.InvariantCulture, out var step)
            ? step : null;

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<SafeguardUser> manager, SafeguardUser user)
    {
        if (token is not { Length: 6 } || !token.All(char.IsAsciiDigit)) return false;
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrWhiteSpace(key)) return false;
        var keyBytes = FromBase32(key);

        var now = StepAt(time.GetUtcNow());
        var last = await LastAcceptedStepAsync(manager, user);
        var first = last is { } l ? Math.Max(now - Drift, l + 1) : now - Drift;
        for (var step = first; step <= now + Drift; step++)
        {
            if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Code(keyBytes, step)), Encoding.ASCII.GetBytes(token))) continue;
            // Saved with the user's concurrency stamp checked: when two requests race with one code, only the first
            // save succeeds and the other is refused.
            try
            {
                var saved = await manager.SetAuthenticationTokenAsync(user, TokenStore, LastStepToken, step.ToString(CultureInfo.InvariantCulture));
                return saved.Succeeded;
            }
            catch (DbUpdateException)
            {
                // The user's first code, raced: both requests found no step kept and both added the row, and the
                // other saved first. Refused like a used code; the refused row is dropped and the user read again so
                // the failed attempt can still be counted.
                foreach (var added in db.ChangeTracker.Entries<IdentityUserToken<Guid>>().Where(e => e.State == EntityState.Added).ToList())
                    added.State = EntityState.Detached;
                await db.Entry(user).ReloadAsync();
                return false;
            }
        }
        return false;
    }

    /// <summary>RFC 6238 with the authenticator-app defaults Identity uses: HMAC-SHA1, 6 digits.</summary>
    private static string Code(byte[] key, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[HMACSHA1.HashSizeInBytes];
        HMACSHA1.HashData(key, counter, hash);
        var offset = hash[^1] & 0x0f;
        var value = (BinaryPrimitives.ReadInt32BigEndian(hash.Slice(offset, 4)) & 0x7fffffff) % 1_000_000;
        return value.ToString("D6", CultureInfo.InvariantCulture);
    }

    // Identity keeps the key in Base32 (RFC 4648, no padding) and its decoder is internal.
    private static byte[] FromBase32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>(text.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('=').ToUpperInvariant())
        {
            var value = alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0) throw new FormatException("The authenticator key is not Base32.");
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits < 8) continue;
            bits -= 8;
            bytes.Add((byte)(buffer >> bits));
            buffer &= (1 << bits) - 1;
        }
        return [.. bytes];
    }
}
