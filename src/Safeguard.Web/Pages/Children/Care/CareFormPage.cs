using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Safeguard.Core.Clock;
using Safeguard.Core.LookedAfter;
using Safeguard.Core.Workforce;
using Safeguard.Web.Components;
using Safeguard.Web.Records;

namespace Safeguard.Web.Pages.Children.Care;

/// <summary>Who records what for a looked-after child: the IRO chairs reviews; the child's social worker (or their manager) records the rest.</summary>
public static class CareRoles
{
    public const string CaseHolders = nameof(WorkerRole.SocialWorker) + "," + nameof(WorkerRole.TeamManager);
    public const string Reviewers = nameof(WorkerRole.IndependentReviewingOfficer);
}

/// <summary>The base of the looked-after forms: the current period of care, the way back, and the looked-after clocks.</summary>
public abstract partial class CareFormPage(RecordServices record) : ChildRecordPage(record)
{
    /// <summary>The period of care the form changes; null when the child is not looked after now.</summary>
    public PeriodOfCare? Period => Child.CurrentPeriodOfCare;

    public BackLinkModel Back => new($"/children/{Child.Id}/care", "Looked after");

    /// <summary>For POST: refuses the form when the child is not (or no longer) looked after.</summary>
    protected bool RequireCare()
    {
        if (Period is not null) return true;
        ModelState.AddModelError("", $"{Child.FullName} is not looked after now: start a period of care first");
        return false;
    }

    /// <summary>The child's open looked-after clocks (reviews and visits), each with its reason.</summary>
    protected async Task<IReadOnlyList<ChildClockItem>> CareClocksAsync(CancellationToken cancellationToken, string rulePrefix = "lac-")
    {
        var authority = await Record.Db.Authorities.AsNoTracking().SingleAsync(a => a.Id == Child.AuthorityId, cancellationToken);
        var clock = StatutoryClock.For(authority.RuleSet, authority.WorkingDays);
        return ChildClock.For(Child, clock, Today)
            .Where(i => i.Item.Rule.Id.StartsWith(rulePrefix, StringComparison.Ordinal)).OrderBy(i => i.Due).ToList();
    }

    /// <summary>Reads a Yes/No radio; records "<paramref name="error"/>" when neither was chosen.</summary>
    protected bool? ReadYesNo(string? value, string key, string error)
    {
        if (bool.TryParse(value, out var answer)) return answer;
        ModelState.AddModelError(key, error);
        return null;
    }

    /// <summary>Adds "<paramref name="error"/>" when nothing was chosen; a wrong code is the domain's to refuse.</summary>
    protected void RequireChoice(string? value, string key, string error)
    {
        if (string.IsNullOrWhiteSpace(value)) ModelState.AddModelError(key, error);
    }

    /// <summary>A UK postcode, when given (the domain refuses markup and length).</summary>
    protected void CheckPostcode(string? postcode, string key)
    {
        var text = postcode?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > 10) return;
        if (!Postcode().IsMatch(text)) ModelState.AddModelError(key, "Enter a real postcode, like AB1 2CD");
    }

    [GeneratedRegex("^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$")]
    private static partial Regex Postcode();
}

/// <summary>The placement questions shared by starting a period of care and changing it.</summary>
public abstract class PlacementFormPage(RecordServices record) : CareFormPage(record)
{
    [Microsoft.AspNetCore.Mvc.BindProperty] public string? LegalStatus { get; set; }
    [Microsoft.AspNetCore.Mvc.BindProperty] public string? PlacementType { get; set; }
    [Microsoft.AspNetCore.Mvc.BindProperty] public string? PlacementProvider { get; set; }
    [Microsoft.AspNetCore.Mvc.BindProperty] public string? PlacementPostcode { get; set; }
    [Microsoft.AspNetCore.Mvc.BindProperty] public string? LongTermPlacement { get; set; }

    public SelectModel LegalStatusField => new("legal-status", nameof(LegalStatus), "Legal status", CareCodes.LegalStatuses, LegalStatus,
        "The order or agreement under which the child is looked after", ErrorFor(nameof(LegalStatus)));
    public SelectModel PlacementTypeField => new("placement-type", nameof(PlacementType), "Placement type", CareCodes.PlacementTypes, PlacementType,
        Error: ErrorFor(nameof(PlacementType)));
    public ChoicesModel PlacementProviderField => new("placement-provider", nameof(PlacementProvider), "Who provides the placement?",
        CareCodes.PlacementProviders, PlacementProvider is null ? [] : [PlacementProvider], Error: ErrorFor(nameof(PlacementProvider)));
    public TextInputModel PlacementPostcodeField => new("placement-postcode", nameof(PlacementPostcode), "Placement postcode (optional)", PlacementPostcode,
        "Leave it blank if the placement's address must not be recorded", ErrorFor(nameof(PlacementPostcode)), "10", Autocomplete: "off");
    public ChoicesModel LongTermPlacementField => new("long-term-placement", nameof(LongTermPlacement),
        "Is the placement intended to last until the child is 18?", CareCodes.YesNo, LongTermPlacement is null ? [] : [LongTermPlacement],
        "After its first year, statutory visits to a long-term placement may be three-monthly", ErrorFor(nameof(LongTermPlacement)), Inline: true);

    /// <summary>The "Select ..." checks for the placement questions; returns whether the placement is long-term.</summary>
    protected bool ReadPlacement()
    {
        RequireChoice(LegalStatus, nameof(LegalStatus), "Select the legal status");
        RequireChoice(PlacementType, nameof(PlacementType), "Select the placement type");
        RequireChoice(PlacementProvider, nameof(PlacementProvider), "Select who provides the placement");
        CheckPostcode(PlacementPostcode, nameof(PlacementPostcode));
        return ReadYesNo(LongTermPlacement, nameof(LongTermPlacement), "Select whether the placement is intended to last until the child is 18") ?? false;
    }

    protected void FillFrom(CareEpisode episode)
    {
        LegalStatus = episode.LegalStatus;
        PlacementType = episode.PlacementType;
        PlacementProvider = episode.PlacementProvider;
        PlacementPostcode = episode.PlacementPostcode;
        LongTermPlacement = episode.IsLongTermPlacement ? "true" : "false";
    }
}
