using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Safeguard.Core.Codes;
using Safeguard.Core.FrontDoor;
using Safeguard.Core.People;
using Safeguard.Core.Shared;
using Safeguard.Data.Records;
using Safeguard.Web.Access;
using Safeguard.Web.Components;
using Safeguard.Web.Pages.FrontDoor;
using Safeguard.Web.Records;
using Safeguard.Web.SignIn;

namespace Safeguard.Web.Pages.Partners;

/// <summary>
/// A police officer, health visitor or teacher refers a child to the front door through the service. The referral is
/// a contact on the child's record — the child found by the same NHS number, or the same date of birth and name, or
/// registered new — and the partner sees nothing of any record: only that their referral was received, and later what
/// became of it.
/// </summary>
[Authorize(Policy = Policies.Partner)]
public sealed class ReferModel(RecordServices record) : FormPage
{
    /// <summary>Room left in the contact (4000 characters) after the line that says who was referred.</summary>
    public const int ConcernLength = 3500;

    [BindProperty] public string? GivenName { get; set; }
    [BindProperty] public string? FamilyName { get; set; }
    [BindProperty] public DateParts DateOfBirth { get; set; } = new();
    [BindProperty] public string? NhsNumber { get; set; }
    [BindProperty] public string? Line1 { get; set; }
    [BindProperty] public string? Town { get; set; }
    [BindProperty] public string? Postcode { get; set; }
    [BindProperty] public string? Source { get; set; }
    [BindProperty] public string? Concern { get; set; }

    public IReadOnlyList<string> Sources { get; private set; } = [];

    public TextInputModel GivenNameField => new("given-name", nameof(GivenName), "Child's first name", GivenName, Error: ErrorFor(nameof(GivenName)), Width: "20");
    public TextInputModel FamilyNameField => new("family-name", nameof(FamilyName), "Child's last name", FamilyName, Error: ErrorFor(nameof(FamilyName)), Width: "20");
    public DateInputModel DateOfBirthField => DateInput(nameof(DateOfBirth), "Child's date of birth", DateOfBirth,
        "For example, 27 3 2019. For an unborn baby, the expected date of birth.");
    public TextInputModel NhsNumberField => new("nhs-number", nameof(NhsNumber), "NHS number (optional)", NhsNumber, "10 digits, like 943 476 5919",
        ErrorFor(nameof(NhsNumber)), "10");
    public TextInputModel Line1Field => new("line1", nameof(Line1), "Address line 1 (optional)", Line1, Error: ErrorFor(nameof(Line1)));
    public TextInputModel TownField => new("town", nameof(Town), "Town or city", Town, Error: ErrorFor(nameof(Town)), Width: "20");
    public TextInputModel PostcodeField => new("postcode", nameof(Postcode), "Postcode", Postcode, Error: ErrorFor(nameof(Postcode)), Width: "10");
    public ChoicesModel SourceField => new("source", nameof(Source), "Which service are you referring from?",
        Sources.Select(c => new Choice(c, CodeLists.ReferralSource.Describe(c))).ToList(), Source is null ? [] : [Source], Error: ErrorFor(nameof(Source)));
    public TextareaModel ConcernField => new("concern", nameof(Concern), "What is your concern about the child?", Concern,
        "What you have seen or been told, when, and whether the child is at risk of harm now. If a child is in immediate danger, call 999.",
        ErrorFor(nameof(Concern)), 10);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LookUpAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LookUpAsync(cancellationToken);
        var today = record.Today.Date;
        var dob = ReadDate(DateOfBirth, nameof(DateOfBirth), "the child's date of birth");
        var source = Sources.Count == 1 ? Sources[0] : Source;
        if (source is null || !Sources.Contains(source)) ModelState.AddModelError(nameof(Source), "Select the service you are referring from");
        string? concern = null;
        Try(() => concern = Guard.Required(Concern, "your concern", nameof(Concern), ConcernLength));
        var address = !string.IsNullOrWhiteSpace(Line1) || !string.IsNullOrWhiteSpace(Town) || !string.IsNullOrWhiteSpace(Postcode);
        var authorityId = User.Authority();
        Child? draft = null;
        if (dob is not null)
            Try(() =>
            {
                // Born or due: a date up to nine months ahead is an unborn baby's expected date of birth.
                var born = dob <= today;
                draft = Child.Register(authorityId, "DRAFT", GivenName ?? "", FamilyName ?? "", born ? dob : null, born ? null : dob, Sex.Unknown, "NOBT", today);
                if (!born && dob > today.AddMonths(10))
                    throw new JourneyRuleException("The child's date of birth must be today or in the past, or the expected date of an unborn baby", nameof(DateOfBirth));
                draft.RecordIdentifiers(NhsNumber, null);
                if (address) draft.MoveTo(Line1 ?? "", Town ?? "", Postcode ?? "", today, today);
            });
        if (!ModelState.IsValid || draft is null || concern is null) return Page();

        var summary = $"Referred as {draft.GivenName} {draft.FamilyName}, born {Guard.Show(dob!.Value)}"
            + (draft.NhsNumber is { } nhs ? $", NHS number {nhs}" : "")
            + (draft.CurrentAddress is { } a ? $", of {a}" : "") + ".\n\n" + concern;
        var me = User.Worker();
        var existing = await ExistingChildAsync(draft, cancellationToken);
        if (existing is not null)
        {
            existing.RecordContact(today, source!, summary, null, today, submittedBy: me);
            record.Audit.Changed(existing.Id, "A partner's referral received as a contact");
        }
        else
        {
            var child = Child.Register(authorityId, await FrontDoorLookups.NextChildIdAsync(record.Db, authorityId, cancellationToken), draft.GivenName, draft.FamilyName,
                draft.DateOfBirth, draft.ExpectedDateOfBirth, Sex.Unknown, "NOBT", today);
            child.RecordIdentifiers(NhsNumber, null);
            if (address) child.MoveTo(Line1!, Town!, Postcode!, today, today);
            child.RecordContact(today, source!, summary, null, today, submittedBy: me);
            record.Db.Add(child);
            record.Audit.Created(child.Id, "Registered from a partner's referral, with its contact");
        }
        await record.Db.SaveChangesAsync(cancellationToken);
        TempData["Success"] = $"Your referral about {draft.GivenName} {draft.FamilyName} has been sent to the front door";
        return Redirect("/my-referrals");
    }

    /// <summary>The child already on the record: the same NHS number, or exactly the same date of birth and names (one such child only).</summary>
    private async Task<Child?> ExistingChildAsync(Child draft, CancellationToken cancellationToken)
    {
        var authority = record.Db.Children.Where(c => c.AuthorityId == draft.AuthorityId);
        if (draft.NhsNumber is { } nhs && await authority.WithWholeRecord().FirstOrDefaultAsync(c => c.NhsNumber == nhs, cancellationToken) is { } byNhs)
            return byNhs;
        var given = draft.GivenName.ToLower(System.Globalization.CultureInfo.InvariantCulture);
        var family = draft.FamilyName.ToLower(System.Globalization.CultureInfo.InvariantCulture);
        var born = draft.DateOfBirth ?? draft.ExpectedDateOfBirth;
        var same = await authority
            .Where(c => (c.DateOfBirth == born || c.ExpectedDateOfBirth == born) && c.GivenName.ToLower() == given && c.FamilyName.ToLower() == family)
            .Select(c => c.Id).Take(2).ToListAsync(cancellationToken);
        return same.Count == 1 ? await record.Db.FindWholeRecordAsync(same[0], cancellationToken) : null;
    }

    private async Task LookUpAsync(CancellationToken cancellationToken)
    {
        var me = User.Worker();
        var agency = await record.Db.Workers.Where(w => w.Id == me).Select(w => w.Agency).SingleAsync(cancellationToken);
        Sources = AgencySources.For(agency);
    }
}
