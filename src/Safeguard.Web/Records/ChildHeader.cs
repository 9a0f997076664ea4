using Safeguard.Core.People;
using Safeguard.Web.Components;

namespace Safeguard.Web.Records;

/// <summary>The header and sub-navigation shared by every page of a child's record.</summary>
public static class ChildHeader
{
    public static ChildHeaderModel For(Child child, string currentPath, string? caption = null)
    {
        var root = $"/children/{child.Id}";
        (string Text, string Href)[] sections =
        [
            ("Summary", root),
            ("Chronology", root + "/chronology"),
            ("Case notes", root + "/notes"),
        ];
        var navigation = sections.Select(s => new SubNavigationItem(s.Text, s.Href,
            s.Href == root ? currentPath.TrimEnd('/').Equals(root, StringComparison.OrdinalIgnoreCase)
                : currentPath.StartsWith(s.Href, StringComparison.OrdinalIgnoreCase))).ToList();
        return new ChildHeaderModel(child.Id, child.FullName, child.LaChildId, ChildStatus.For(child), child.IsRestricted, navigation, caption);
    }
}
