using Safeguard.Core.Codes;
using Safeguard.Web.Components;

namespace Safeguard.Web.Pages.Children.Care;

/// <summary>The SSDA903 code lists as the choices on the looked-after forms: the codes are stored, the words are shown.</summary>
public static class CareCodes
{
    public static IReadOnlyList<Choice> LegalStatuses { get; } = Options(CodeLists.LegalStatus, "Select the legal status");

    /// <summary>N9 and N0 are census-only: a looked-after child's category of need is one of N1 to N8.</summary>
    public static IReadOnlyList<Choice> CategoriesOfNeed { get; } =
        CodeLists.PrimaryNeed.Entries.Where(e => e.Code is not ("N9" or "N0")).Select(e => new Choice(e.Code, e.Description)).ToList();

    public static IReadOnlyList<Choice> PlacementTypes { get; } = Options(CodeLists.PlacementType, "Select the placement type");

    public static IReadOnlyList<Choice> PlacementProviders { get; } =
        CodeLists.PlacementProvider.Entries.Select(e => new Choice(e.Code, e.Description)).ToList();

    /// <summary>S starts a period of care, so a change is one of the other five.</summary>
    public static IReadOnlyList<Choice> ReasonsForChange { get; } =
    [
        new("L", "The legal status only", "The child stays in the same placement"),
        new("T", "The placement only, with the same carers", "For example, the carers moved house"),
        new("P", "The placement only, with new carers"),
        new("U", "The legal status and the placement, with the same carers"),
        new("B", "The legal status and the placement, with new carers"),
    ];

    public static IReadOnlyList<Choice> ReasonsPlacementChanged { get; } = Options(CodeLists.ReasonPlacementChanged, "Select the reason the placement changed");

    /// <summary>X1 is not an ending: it chains episodes inside a period of care.</summary>
    public static IReadOnlyList<Choice> ReasonsCeased { get; } =
    [
        new("", "Select why care ended"),
        .. CodeLists.ReasonEpisodeCeased.Entries.Where(e => e.Code != "X1").Select(e => new Choice(e.Code, e.Description)),
    ];

    public static IReadOnlyList<Choice> Participation { get; } =
        CodeLists.ReviewParticipation.Entries.Select(e => new Choice(e.Code, e.Description)).ToList();

    public static IReadOnlyList<Choice> YesNo { get; } = [new("true", "Yes"), new("false", "No")];

    public static string Describe(CodeList list, string? code) => code is null ? "" : list.Describe(code);

    private static List<Choice> Options(CodeList list, string prompt) =>
        [new("", prompt), .. list.Entries.Select(e => new Choice(e.Code, e.Description))];
}
