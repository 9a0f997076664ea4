using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Safeguard.Web.Tests.Support;

/// <summary>
/// RFC 6238 codes as an authenticator app makes them (HMAC-SHA1, 30-second steps, 6 digits) from Identity's Base32
/// authenticator key. Identity has no public generator, so the tests compute their own — which also checks that the
/// key the set-up page shows is the one Identity verifies against.
/// </summary>
public static class Totp
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public const int StepSeconds = 30;

    /// <summary>How many steps either side of now the app accepts (Identity's 90 seconds, kept).</summary>
    public const int Drift = 2;

    public static long Step(DateTimeOffset at) => at.ToUnixTimeSeconds() / StepSeconds;

    public static string Code(string base32Key, DateTimeOffset at) => Code(base32Key, Step(at));

    public static string Code(string base32Key, long step)
    {
        Span<byte> message = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(message, step);
        var hash = HMACSHA1.HashData(FromBase32(base32Key), message);
        var offset = hash[^1] & 0x0f;
        var binary = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7fffffff) % 1_000_000;
        return binary.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    public static byte[] FromBase32(string text)
    {
        var clean = text.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant();
        var bytes = new List<byte>(clean.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in clean)
        {
            var value = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0) throw new FormatException($"'{c}' is not Base32.");
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }
        return [.. bytes];
    }
}
