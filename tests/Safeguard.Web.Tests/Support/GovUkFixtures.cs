using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Safeguard.Web.Tests.Support;

/// <summary>
/// GOV.UK Frontend ships each component's options and expected HTML in fixtures.json (in the web project's
/// node_modules, which the build installs). Our partials are compared with them by structure: elements, classes and
/// the attributes that matter to styling and assistive technology; form field names are ours (they bind to models).
/// </summary>
public static partial class GovUkFixtures
{
    private static readonly string[] Significant = ["id", "for", "href", "role", "aria-describedby", "type", "inputmode", "value", "data-module"];

    public static (JsonElement Options, string Html) Load(string component, string name)
    {
        var path = Path.Combine(RepositoryRoot(), "src/Safeguard.Web/node_modules/govuk-frontend/dist/govuk/components", component, "fixtures.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var fixture = json.RootElement.GetProperty("fixtures").EnumerateArray().Single(f => f.GetProperty("name").GetString() == name);
        return (fixture.GetProperty("options").Clone(), fixture.GetProperty("html").GetString()!);
    }

    /// <summary>One line per element in document order: tag, sorted classes, significant attributes, own text.</summary>
    public static IReadOnlyList<string> Skeleton(string html)
    {
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        return document.Body!.Descendants<IElement>().Select(e =>
        {
            var classes = string.Join(".", e.ClassList.OrderBy(c => c, StringComparer.Ordinal));
            var attributes = string.Join(" ", Significant.Where(e.HasAttribute).Select(a => $"{a}={e.GetAttribute(a)}"));
            var text = Spaces().Replace(string.Concat(e.ChildNodes.OfType<IText>().Select(t => t.Data)), " ").Trim();
            return $"{e.LocalName}.{classes} [{attributes}] '{text}'";
        }).ToList();
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Safeguard.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Cannot find the repository root (Safeguard.slnx) above the test output.");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
