using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Safeguard.Core.Recording;
using Safeguard.Web.Components;
using Safeguard.Web.Records;

namespace Safeguard.Web.Pages.Children.Chronology;

/// <summary>
/// The chronology's filters, shared by the screen and the print view: event types, agencies and a date range, read
/// from the query string (a GET form, so they work without JavaScript and a filtered view can be bookmarked or printed).
/// </summary>
public abstract class ChronologyPage(RecordServices record) : ChildRecordPage(record)
{
    [BindProperty(SupportsGet = true)] public List<string> Kind { get; set; } = [];
    [BindProperty(SupportsGet = true)] public List<string> Agency { get; set; } = [];
    [BindProperty(SupportsGet = true)] public DateParts From { get; set; } = new();
    [BindProperty(SupportsGet = true)] public DateParts To { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? Order { get; set; }

    /// <summary>Every entry on the child's chronology, before filtering.</summary>
    public IReadOnlyList<ChronologyEntry> All { get; private set; } = [];

    /// <summary>The entries the filters keep, in the order asked for (newest first unless "oldest").</summary>
    public IReadOnlyList<ChronologyEntry> Entries { get; private set; } = [];

    public bool OldestFirst => Order == "oldest";

    public IReadOnlyList<ChronologyKind> Kinds { get; private set; } = [];
    public IReadOnlyList<Core.People.Agency> Agencies { get; private set; } = [];
    public DateOnly? FromDate { get; private set; }
    public DateOnly? ToDate { get; private set; }

    public bool Filtered => Kinds.Count > 0 || Agencies.Count > 0 || FromDate is not null || ToDate is not null;

    /// <summary>Builds the chronology of the loaded child and applies the filters; a wrong date goes to the error summary and is not applied.</summary>
    protected void Apply()
    {
        Kinds = Kind.Select(k => Enum.TryParse<ChronologyKind>(k, out var kind) && k == kind.ToString() ? kind : (ChronologyKind?)null)
            .OfType<ChronologyKind>().Distinct().Order().ToList();
        Agencies = Agency.Select(a => Enum.TryParse<Core.People.Agency>(a, out var agency) && a == agency.ToString() ? agency : (Core.People.Agency?)null)
            .OfType<Core.People.Agency>().Distinct().Order().ToList();
        FromDate = Blank(From) ? null : ReadDate(From, nameof(From), "the from date");
        ToDate = Blank(To) ? null : ReadDate(To, nameof(To), "the to date");
        if (FromDate is { } from && ToDate is { } to && to < from)
        {
            ModelState.AddModelError(nameof(To), "The to date must be the same as or after the from date");
            ToDate = null;
        }

        All = Core.Recording.Chronology.For(Child);
        var kept = Core.Recording.Chronology.Filter(All, Kinds.Count == 0 ? null : Kinds, Agencies.Count == 0 ? null : Agencies, FromDate, ToDate);
        Entries = OldestFirst ? kept : kept.Reverse().ToList();
    }

    /// <summary>The filters applied, in words, for the print view and the screen.</summary>
    public string FiltersInWords()
    {
        if (!Filtered) return "None: every entry";
        var parts = new List<string>();
        if (Kinds.Count > 0) parts.Add("Events: " + string.Join(", ", Kinds.Select(KindName)));
        if (Agencies.Count > 0) parts.Add("Agencies: " + string.Join(", ", Agencies.Select(a => AgencyName(a))));
        if (FromDate is { } f) parts.Add("From " + ChildStatus.Show(f));
        if (ToDate is { } t) parts.Add("To " + ChildStatus.Show(t));
        return string.Join("; ", parts);
    }

    /// <summary>The query string of the filters as read (for the print link and paging).</summary>
    public string Query(int? page = null)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        pairs.AddRange(Kinds.Select(k => new KeyValuePair<string, string?>(nameof(Kind), k.ToString())));
        pairs.AddRange(Agencies.Select(a => new KeyValuePair<string, string?>(nameof(Agency), a.ToString())));
        void AddDate(string name, DateOnly? date)
        {
            if (date is not { } d) return;
            pairs.Add(new($"{name}.Day", d.Day.ToString(CultureInfo.InvariantCulture)));
            pairs.Add(new($"{name}.Month", d.Month.ToString(CultureInfo.InvariantCulture)));
            pairs.Add(new($"{name}.Year", d.Year.ToString(CultureInfo.InvariantCulture)));
        }
        AddDate(nameof(From), FromDate);
        AddDate(nameof(To), ToDate);
        if (OldestFirst) pairs.Add(new(nameof(Order), "oldest"));
        if (page is > 1) pairs.Add(new("PageNumber", page.Value.ToString(CultureInfo.InvariantCulture)));
        return Microsoft.AspNetCore.Http.QueryString.Create(pairs).Value ?? "";
    }

    public static string KindName(ChronologyKind kind) => kind switch
    {
        ChronologyKind.Contact => "Contact",
        ChronologyKind.Referral => "Referral",
        ChronologyKind.Decision => "Referral decision",
        ChronologyKind.Allocation => "Allocation",
        ChronologyKind.AddressChange => "Address",
        ChronologyKind.StrategyDiscussion => "Strategy discussion",
        ChronologyKind.Section47Started => "Section 47 enquiry started",
        ChronologyKind.AssessmentStarted => "Assessment started",
        ChronologyKind.Section47Outcome => "Section 47 enquiry outcome",
        ChronologyKind.AssessmentAuthorised => "Assessment authorised",
        ChronologyKind.Conference => "Child protection conference",
        ChronologyKind.PlanStarted => "Child protection plan started",
        ChronologyKind.CoreGroup => "Core group",
        ChronologyKind.PlanReview => "Child protection review",
        ChronologyKind.PlanEnded => "Child protection plan ended",
        ChronologyKind.ChildInNeedPlanStarted => "Child in need plan started",
        ChronologyKind.ChildInNeedPlanEnded => "Child in need plan ended",
        ChronologyKind.BecameLookedAfter => "Became looked after",
        ChronologyKind.PlacementChange => "Placement change",
        ChronologyKind.LegalStatusChange => "Legal status change",
        ChronologyKind.Visit => "Statutory visit",
        ChronologyKind.LookedAfterReview => "Looked after review",
        ChronologyKind.Missing => "Missing",
        ChronologyKind.Returned => "Returned",
        ChronologyKind.CeasedLookedAfter => "Stopped being looked after",
        ChronologyKind.SignificantEvent => "Significant event",
        ChronologyKind.CaseClosed => "Case closed",
        ChronologyKind.Died => "Death",
        _ => kind.ToString(),
    };

    public static string AgencyName(Core.People.Agency? agency) => agency switch
    {
        null => "Not recorded",
        Core.People.Agency.ChildrensSocialCare => "Children's social care",
        Core.People.Agency.EarlyHelp => "Early help",
        Core.People.Agency.Voluntary => "Voluntary sector",
        Core.People.Agency.OtherLocalAuthority => "Another local authority",
        _ => agency.Value.ToString(),
    };

    private static bool Blank(DateParts parts) =>
        string.IsNullOrWhiteSpace(parts.Day) && string.IsNullOrWhiteSpace(parts.Month) && string.IsNullOrWhiteSpace(parts.Year);
}
