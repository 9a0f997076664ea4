using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Safeguard.Core.Codes;
using Safeguard.Core.People;
using Safeguard.Core.Workforce;
using Safeguard.Data.Audit;
using Safeguard.Web.Access;
using Safeguard.Web.Components;
using Safeguard.Web.Pages.FrontDoor;
using Safeguard.Web.Records;
using ChildStatus = Safeguard.Web.Records.ChildStatus;
using Safeguard.Web.SignIn;

namespace Safeguard.Web.Pages.Children;

/// <summary>
/// Register a child new to the authority. Before anything is saved, the whole authority is searched for the same child
/// under a spelling variant, a typo, a swapped date or the same NHS number or UPN; likely matches are listed —
/// children outside the user's access by name, year of birth and ID only — and the worker says whether this is a new
/// child or opens the existing record. The service assigns the child's ID.
/// </summary>
[Authorize(Policy = Policies.CaseWork)]
public sealed class NewChildModel(RecordServices record) : FormPage
{
    [BindProperty] public string? GivenName { get; set; }
    [BindProperty] public string? FamilyName { get; set; }
    [BindProperty] public DateParts DateOfBirth { get; set; } = new();
    [BindProperty] public DateParts ExpectedDateOfBirth { get; set; } = new();
    [BindProperty] public string? Sex { get; set; }
    [BindProperty] public string? Ethnicity { get; set; }
    [BindProperty] public string? NhsNumber { get; set; }
    [BindProperty] public string? Upn { get; set; }
    [BindProperty] public string? Line1 { get; set; }
    [BindProperty] public string? Town { get; set; }
    [BindProperty] public string? Postcode { get; set; }

    /// <summary>On the possible-duplicate page: "new", or the id of the existing record to open.</summary>
    [BindProperty] public string? Decision { get; set; }

    /// <summary>The likely matches, when the duplicate check found some: the page then asks what to do.</summary>
    public IReadOnlyList<PossibleMatch> Matches { get; private set; } = [];

    public sealed record PossibleMatch(Guid Id, string Name, string Born, string LaChildId, bool CanOpen);

    public static IReadOnlyList<Choice> Sexes { get; } = [new("Female", "Female"), new("Male", "Male"), new("Unknown", "Not known")];

    public BackLinkModel Back => new("/children", "Children");
    public TextInputModel GivenNameField => new("given-name", nameof(GivenName), "First name", GivenName, Error: ErrorFor(nameof(GivenName)), Width: "20");
    public TextInputModel FamilyNameField => new("family-name", nameof(FamilyName), "Last name", FamilyName, Error: ErrorFor(nameof(FamilyName)), Width: "20");
    public DateInputModel DateOfBirthField => DateInput(nameof(DateOfBirth), "Date of birth", DateOfBirth, "For example, 27 3 2019. Leave empty for an unborn child.");
    public DateInputModel ExpectedDateOfBirthField => DateInput(nameof(ExpectedDateOfBirth), "Expected date of birth (unborn child)", ExpectedDateOfBirth,
        "Only for a child not yet born. For example, 14 2 2027");
    public ChoicesModel SexField => new("sex", nameof(Sex), "Sex", Sexes, Sex is null ? [] : [Sex], Error: ErrorFor(nameof(Sex)), Inline: true);
    public SelectModel EthnicityField => new("ethnicity", nameof(Ethnicity), "Ethnicity",
        [new Choice("", "Select ethnicity"), .. CodeLists.Ethnicity.Entries.Select(e => new Choice(e.Code, e.Description))], Ethnicity,
        Error: ErrorFor(nameof(Ethnicity)));
    public TextInputModel NhsNumberField => new("nhs-number", nameof(NhsNumber), "NHS number (optional)", NhsNumber, "10 digits, like 943 476 5919",
        ErrorFor(nameof(NhsNumber)), "10");
    public TextInputModel UpnField => new("upn", nameof(Upn), "Unique pupil number (optional)", Upn, "13 characters, like A801200001001", ErrorFor(nameof(Upn)), "10");
    public TextInputModel Line1Field => new("line1", nameof(Line1), "Address line 1 (optional)", Line1, Error: ErrorFor(nameof(Line1)));
    public TextInputModel TownField => new("town", nameof(Town), "Town or city", Town, Error: ErrorFor(nameof(Town)), Width: "20");
    public TextInputModel PostcodeField => new("postcode", nameof(Postcode), "Postcode", Postcode, Error: ErrorFor(nameof(Postcode)), Width: "10");
    public ChoicesModel DecisionField => new("decision", nameof(Decision), "Is this one of these children?",
        [.. Matches.Where(m => m.CanOpen).Select(m => new Choice(m.Id.ToString(), $"Open the existing record of {m.Name} ({m.LaChildId})")),
            new Choice("new", "This is a new child", "None of these is the child: register a new record")],
        Decision is null ? [] : [Decision], Error: ErrorFor(nameof(Decision)));

    /// <summary>Front-door workers, team managers and social workers register children; chairs and reviewing officers do not.</summary>
    private bool MayRegister => User.Allows(Policies.FrontDoor) || User.IsInRole(nameof(WorkerRole.SocialWorker));

    public IActionResult OnGet() => MayRegister ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!MayRegister) return Forbid();
        var today = record.Today.Date;
        var dob = ReadDate(DateOfBirth, nameof(DateOfBirth), "the date of birth", optional: true);
        var due = ReadDate(ExpectedDateOfBirth, nameof(ExpectedDateOfBirth), "the expected date of birth", optional: true);
        var sex = Enum.TryParse<Sex>(Sex, out var s) && Enum.IsDefined(s) ? s : (Sex?)null;
        if (sex is null) ModelState.AddModelError(nameof(Sex), "Select the child's sex");
        if (dob is not null && due is not null)
            ModelState.AddModelError(nameof(ExpectedDateOfBirth), "Enter a date of birth or an expected date of birth, not both");
        var address = !string.IsNullOrWhiteSpace(Line1) || !string.IsNullOrWhiteSpace(Town) || !string.IsNullOrWhiteSpace(Postcode);

        // The domain checks every detail now, on a draft, so the duplicate page is shown only for details that will save.
        var authorityId = User.Authority();
        Child? draft = null;
        if (DateErrorParts.Count == 0)
            Try(() =>
            {
                draft = Child.Register(authorityId, "DRAFT", GivenName ?? "", FamilyName ?? "", dob, due, sex ?? Core.People.Sex.Unknown, Ethnicity ?? "", today);
                draft.RecordIdentifiers(NhsNumber, Upn);
                if (address) draft.MoveTo(Line1 ?? "", Town ?? "", Postcode ?? "", today, today);
            });
        if (!ModelState.IsValid || draft is null) return Page();

        if (Decision is { } choice && choice != "new")
        {
            // Opening an existing record: only one the user may see, else the choice was not offered.
            if (Guid.TryParse(choice, out var existing) && await record.Access.CanSeeAsync(User, existing, cancellationToken))
                return Redirect($"/children/{existing}");
            ModelState.AddModelError(nameof(Decision), "Select whether this is a new child or one already on the record");
        }
        if (Decision != "new")
        {
            Matches = await PossibleDuplicatesAsync(draft, cancellationToken);
            if (Matches.Count > 0)
            {
                await record.Audit.ListedAsync(Matches.Where(m => m.CanOpen).Select(m => m.Id), AuditAction.Searched,
                    "Possible duplicates when registering a child", cancellationToken);
                if (Decision is not null && ModelState.IsValid)
                    ModelState.AddModelError(nameof(Decision), "Select whether this is a new child or one already on the record");
                return Page();
            }
        }

        var child = await SaveAsync(draft, dob, due, sex!.Value, address, today, cancellationToken);
        TempData["Registered"] = $"{child.LaChildId}|{child.Id}";
        TempData["Success"] = $"{child.FullName} registered with child ID {child.LaChildId}";
        return Redirect($"/children/new/registered?id={child.Id}");
    }

    private async Task<Child> SaveAsync(Child draft, DateOnly? dob, DateOnly? due, Sex sex, bool address, DateOnly today, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var child = Child.Register(draft.AuthorityId, await FrontDoorLookups.NextChildIdAsync(record.Db, draft.AuthorityId, cancellationToken), draft.GivenName, draft.FamilyName, dob, due, sex,
                draft.Ethnicity, today);
            child.RecordIdentifiers(NhsNumber, Upn);
            if (address) child.MoveTo(Line1!, Town!, Postcode!, today, today);
            record.Db.Add(child);
            record.Audit.Created(child.Id, "Registered a new child");
            try
            {
                await record.Db.SaveChangesAsync(cancellationToken);
                return child;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Someone took the same ID a moment ago: take the next one.
                record.Db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<IReadOnlyList<PossibleMatch>> PossibleDuplicatesAsync(Child draft, CancellationToken cancellationToken)
    {
        var authority = record.Db.Children.Where(c => c.AuthorityId == draft.AuthorityId);
        var names = new PersonQuery([PersonMatching.Normalise(draft.GivenName), PersonMatching.Normalise(draft.FamilyName)], null, null, null, []);
        var candidates = await PersonSearch.CandidatesAsync(authority, names, cancellationToken, everyWord: true);
        if (draft.NhsNumber is { } nhs) candidates.AddRange(await PersonSearch.CandidatesAsync(authority, new PersonQuery([], null, nhs, null, []), cancellationToken));
        if (draft.Upn is { } upn) candidates.AddRange(await PersonSearch.CandidatesAsync(authority, new PersonQuery([], null, null, upn, []), cancellationToken));
        var me = new PersonCandidate(Guid.Empty, draft.GivenName, draft.FamilyName, draft.DateOfBirth, draft.ExpectedDateOfBirth, draft.NhsNumber?.Value, draft.Upn?.Value);
        var likely = candidates.DistinctBy(c => c.Id).Where(c => PersonMatching.IsPossibleDuplicate(me, c)).Take(20).ToList();
        if (likely.Count == 0) return [];
        var ids = likely.Select(c => c.Id).ToList();
        var childIds = await record.Db.Children.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.LaChildId, cancellationToken);
        var open = await record.Access.Children(User).Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken);
        return likely.Select(c =>
        {
            var canOpen = open.Contains(c.Id);
            var born = c.DateOfBirth ?? c.ExpectedDateOfBirth;
            // Outside the user's access: no more than the name, year of birth and ID, enough to ask for the record.
            var shown = canOpen ? born is { } b ? ChildStatus.Show(b) : "Not known" : born?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "Not known";
            return new PossibleMatch(c.Id, $"{c.GivenName} {c.FamilyName}", shown, childIds.GetValueOrDefault(c.Id, ""), canOpen);
        }).ToList();
    }
}
