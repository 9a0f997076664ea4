using System.Globalization;
using System.Net;
using System.Text;
using Safeguard.Core.Comparison;

namespace Safeguard.Web.Performance;

/// <summary>A line on a chart: its name (in the key) and one value per x label (null where there is none).</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values, string Colour, bool Dashed = false);

/// <summary>One authority on a funnel plot: its denominator, its proportion (0–1) and where it falls against the 99.8 % limits.</summary>
public sealed record FunnelDot(string Label, double Denominator, double Proportion, FunnelFlag Flag95, FunnelFlag Flag998, bool Highlight);

/// <summary>
/// Charts drawn on the server as SVG (no JavaScript): each is role="img" with a &lt;title&gt; and &lt;desc&gt; that
/// say what it shows, and the page puts the same figures in a table beside it, so nothing is only in the picture.
/// </summary>
public static class SvgCharts
{
    public const string Blue = "#1d70b8";
    public const string Black = "#0b0c0c";
    public const string Grey = "#505a5f";
    public const string Red = "#d4351c";
    public const string Orange = "#f47738";
    public const string Green = "#00703c";

    private const int Width = 640, Height = 320, Left = 64, Right = 16, Top = 16, Bottom = 56;
    private const int PlotWidth = Width - Left - Right, PlotHeight = Height - Top - Bottom;

    public static string Bars(string id, string title, string description, IReadOnlyList<string> labels, IReadOnlyList<double?> values)
    {
        var max = NiceMax(values.OfType<double>().DefaultIfEmpty(0).Max());
        var sb = Open(id, title, description);
        Axes(sb, 0, max);
        var slot = (double)PlotWidth / Math.Max(1, labels.Count);
        for (var i = 0; i < labels.Count; i++)
        {
            var x = Left + (i * slot);
            if (values[i] is { } v)
            {
                var h = max == 0 ? 0 : v / max * PlotHeight;
                sb.Append(Inv($"<rect x=\"{x + (slot * 0.15):F1}\" y=\"{Top + PlotHeight - h:F1}\" width=\"{slot * 0.7:F1}\" height=\"{h:F1}\" fill=\"{Blue}\"/>"));
            }
            XLabel(sb, x + (slot / 2), labels[i], labels.Count > 8);
        }
        return Close(sb);
    }

    public static string Lines(string id, string title, string description, IReadOnlyList<string> labels, IReadOnlyList<ChartSeries> series)
    {
        var all = series.SelectMany(s => s.Values).OfType<double>().ToList();
        var max = NiceMax(all.DefaultIfEmpty(0).Max());
        var sb = Open(id, title, description);
        Axes(sb, 0, max);
        var step = labels.Count > 1 ? (double)PlotWidth / (labels.Count - 1) : 0;
        double X(int i) => labels.Count > 1 ? Left + (i * step) : Left + (PlotWidth / 2.0);
        double Y(double v) => Top + PlotHeight - (max == 0 ? 0 : v / max * PlotHeight);
        for (var i = 0; i < labels.Count; i++) XLabel(sb, X(i), labels[i], labels.Count > 8);
        var keyY = Height - 8;
        var keyX = (double)Left;
        foreach (var s in series)
        {
            var path = new StringBuilder();
            var pen = 'M';
            for (var i = 0; i < s.Values.Count && i < labels.Count; i++)
            {
                if (s.Values[i] is not { } v) { pen = 'M'; continue; }
                path.Append(Inv($"{pen}{X(i):F1},{Y(v):F1} "));
                pen = 'L';
                sb.Append(Inv($"<circle cx=\"{X(i):F1}\" cy=\"{Y(v):F1}\" r=\"3\" fill=\"{s.Colour}\"/>"));
            }
            if (path.Length > 0)
                sb.Append(Inv($"<path d=\"{path.ToString().Trim()}\" fill=\"none\" stroke=\"{s.Colour}\" stroke-width=\"2\"{(s.Dashed ? " stroke-dasharray=\"6 4\"" : "")}/>"));
            sb.Append(Inv($"<line x1=\"{keyX:F0}\" y1=\"{keyY - 4}\" x2=\"{keyX + 20:F0}\" y2=\"{keyY - 4}\" stroke=\"{s.Colour}\" stroke-width=\"3\"{(s.Dashed ? " stroke-dasharray=\"6 4\"" : "")}/>"));
            sb.Append(Inv($"<text x=\"{keyX + 24:F0}\" y=\"{keyY}\" font-size=\"12\" fill=\"{Black}\">{Esc(s.Name)}</text>"));
            keyX += 36 + (s.Name.Length * 7);
        }
        return Close(sb);
    }

    /// <summary>
    /// A funnel plot: each authority's proportion against its denominator, with England's proportion and the 95 %
    /// (dashed) and 99.8 % (solid) control limits drawn as curves across the range of denominators.
    /// </summary>
    public static string Funnel(string id, string title, string description, double englandProportion, IReadOnlyList<FunnelDot> dots)
    {
        var sb = Open(id, title, description);
        if (dots.Count == 0) return Close(sb);
        var maxN = NiceMax(dots.Max(d => d.Denominator));
        var minN = Math.Max(1, dots.Min(d => d.Denominator) * 0.8);
        var limitsAtMin = FunnelLimits.For(englandProportion, minN);
        var low = Math.Min(dots.Min(d => d.Proportion), limitsAtMin.Lower998);
        var high = Math.Max(dots.Max(d => d.Proportion), limitsAtMin.Upper998);
        var yMin = Math.Max(0, Math.Floor(low * 20) / 20);
        var yMax = Math.Min(1, Math.Ceiling(high * 20) / 20);
        if (yMax <= yMin) yMax = yMin + 0.05;
        double X(double n) => Left + (n / maxN * PlotWidth);
        double Y(double p) => Top + PlotHeight - ((p - yMin) / (yMax - yMin) * PlotHeight);
        Axes(sb, yMin * 100, yMax * 100, xMax: maxN);

        void Curve(Func<FunnelLimits, double> pick, string colour, bool dashed)
        {
            var path = new StringBuilder();
            for (var k = 0; k <= 60; k++)
            {
                var n = minN + ((maxN - minN) * k / 60.0);
                var p = Math.Clamp(pick(FunnelLimits.For(englandProportion, n)), yMin, yMax);
                path.Append(Inv($"{(k == 0 ? 'M' : 'L')}{X(n):F1},{Y(p):F1} "));
            }
            sb.Append(Inv($"<path d=\"{path.ToString().Trim()}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.5\"{(dashed ? " stroke-dasharray=\"5 4\"" : "")}/>"));
        }

        Curve(l => l.Upper998, Grey, false);
        Curve(l => l.Lower998, Grey, false);
        Curve(l => l.Upper95, Grey, true);
        Curve(l => l.Lower95, Grey, true);
        sb.Append(Inv($"<line x1=\"{Left}\" y1=\"{Y(englandProportion):F1}\" x2=\"{Left + PlotWidth}\" y2=\"{Y(englandProportion):F1}\" stroke=\"{Black}\" stroke-width=\"1.5\"/>"));
        foreach (var d in dots.OrderBy(d => d.Highlight))
        {
            var colour = d.Highlight ? Orange : d.Flag998 == FunnelFlag.Within ? Blue : Red;
            sb.Append(Inv($"<circle cx=\"{X(d.Denominator):F1}\" cy=\"{Y(d.Proportion):F1}\" r=\"{(d.Highlight ? 6 : 3.5)}\" fill=\"{colour}\"{(d.Highlight ? $" stroke=\"{Black}\" stroke-width=\"2\"" : "")}><title>{Esc(d.Label)}</title></circle>"));
        }
        sb.Append(Inv($"<text x=\"{Left + (PlotWidth / 2)}\" y=\"{Height - 6}\" font-size=\"12\" text-anchor=\"middle\" fill=\"{Black}\">Denominator (number of cases)</text>"));
        return Close(sb);
    }

    private static StringBuilder Open(string id, string title, string description)
    {
        var sb = new StringBuilder();
        sb.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"app-chart\" viewBox=\"0 0 {Width} {Height}\" width=\"100%\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" focusable=\"false\" data-testid=\"{id}\">"));
        sb.Append(Inv($"<title id=\"{id}-title\">{Esc(title)}</title><desc id=\"{id}-desc\">{Esc(description)}</desc>"));
        return sb;
    }

    private static string Close(StringBuilder sb) => sb.Append("</svg>").ToString();

    private static void Axes(StringBuilder sb, double min, double max, double? xMax = null)
    {
        sb.Append(Inv($"<line x1=\"{Left}\" y1=\"{Top + PlotHeight}\" x2=\"{Left + PlotWidth}\" y2=\"{Top + PlotHeight}\" stroke=\"{Black}\"/>"));
        sb.Append(Inv($"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Top + PlotHeight}\" stroke=\"{Black}\"/>"));
        for (var k = 0; k <= 4; k++)
        {
            var v = min + ((max - min) * k / 4);
            var y = Top + PlotHeight - (PlotHeight * k / 4.0);
            sb.Append(Inv($"<line x1=\"{Left}\" y1=\"{y:F1}\" x2=\"{Left + PlotWidth}\" y2=\"{y:F1}\" stroke=\"#b1b4b6\" stroke-width=\"0.5\"/>"));
            sb.Append(Inv($"<text x=\"{Left - 6}\" y=\"{y + 4:F1}\" font-size=\"12\" text-anchor=\"end\" fill=\"{Black}\">{Tick(v)}</text>"));
        }
        if (xMax is { } xm)
        {
            for (var k = 0; k <= 4; k++)
            {
                var x = Left + (PlotWidth * k / 4.0);
                sb.Append(Inv($"<text x=\"{x:F1}\" y=\"{Top + PlotHeight + 16}\" font-size=\"12\" text-anchor=\"middle\" fill=\"{Black}\">{Tick(xm * k / 4)}</text>"));
            }
        }
    }

    private static void XLabel(StringBuilder sb, double x, string label, bool slanted)
    {
        var y = Top + PlotHeight + 16;
        sb.Append(slanted
            ? Inv($"<text x=\"{x:F1}\" y=\"{y}\" font-size=\"11\" text-anchor=\"end\" transform=\"rotate(-35 {x:F1} {y})\" fill=\"{Black}\">{Esc(label)}</text>")
            : Inv($"<text x=\"{x:F1}\" y=\"{y}\" font-size=\"12\" text-anchor=\"middle\" fill=\"{Black}\">{Esc(label)}</text>"));
    }

    private static string Tick(double v) => Math.Abs(v) >= 100 || v == Math.Floor(v)
        ? v.ToString("#,##0", CultureInfo.InvariantCulture)
        : v.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>A round axis maximum at or above the largest value.</summary>
    public static double NiceMax(double max)
    {
        if (max <= 0) return 1;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(max)));
        foreach (var step in new[] { 1, 2, 2.5, 5, 10 })
            if (step * magnitude >= max) return step * magnitude;
        return 10 * magnitude;
    }

    private static string Esc(string text) => WebUtility.HtmlEncode(text);

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
