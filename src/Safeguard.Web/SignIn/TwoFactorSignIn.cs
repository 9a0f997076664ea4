using System.Security.Claims;
using System.Text;
using QRCoder;
using Safeguard.Core.Workforce;
using Safeguard.Web.Access;

namespace Safeguard.Web.SignIn;

/// <summary>
/// TOTP two-factor sign-in with Identity's authenticator token provider: who must use it, the enrolment URI and its QR
/// code. Required for the roles that sign off work and administer the service; optional for everyone else.
/// </summary>
public static class TwoFactorSignIn
{
    /// <summary>The issuer an authenticator app shows beside the code.</summary>
    public const string Issuer = "Safeguard";

    public const string SetupPath = "/account/two-factor/setup";

    /// <summary>Identity's "authentication method" claim: "mfa" after a second factor, "pwd" after a password alone.</summary>
    public const string MethodClaim = "amr";

    public const string Mfa = "mfa";

    /// <summary>Team managers (Policies.Authorise) and administrators (Policies.Administration).</summary>
    public static readonly IReadOnlySet<WorkerRole> RequiredRoles =
        Policies.Roles[Policies.Authorise].Concat(Policies.Roles[Policies.Administration]).ToHashSet();

    public static bool IsRequiredFor(WorkerRole role) => RequiredRoles.Contains(role);

    public static bool IsRequiredFor(ClaimsPrincipal user) => RequiredRoles.Any(r => user.IsInRole(r.ToString()));

    /// <summary>Did this sign-in pass a second factor (or enrol one)?</summary>
    public static bool HasSecondFactor(ClaimsPrincipal user) => user.HasClaim(MethodClaim, Mfa);

    /// <summary>The key-URI an authenticator app reads from the QR code (Google Authenticator's format, understood by all the common apps).</summary>
    public static string AuthenticatorUri(string email, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(email)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6&period=30";

    /// <summary>The key in groups of four, for typing into an app by hand.</summary>
    public static string GroupedKey(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            if (i > 0) text.Append(' ');
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }
        return text.ToString();
    }

    /// <summary>The QR code as inline SVG (no image request, no script), labelled for screen readers.</summary>
    public static string QrCodeSvg(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4, "#0b0c0c", "#ffffff", true, SvgQRCode.SizingMode.ViewBoxAttribute);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        svg = start < 0 ? svg : svg[start..];
        return svg.Replace("<svg ", "<svg role=\"img\" aria-label=\"QR code to scan with your authenticator app\" width=\"200\" height=\"200\" data-testid=\"qr-code\" ", StringComparison.Ordinal);
    }

    /// <summary>What the user typed, without the spaces and dashes apps show between digit groups.</summary>
    public static string Compact(string? code) =>
        new((code ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
}
