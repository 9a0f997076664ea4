using Safeguard.Core.Codes;
using Safeguard.Core.FrontDoor;
using Safeguard.Core.LookedAfter;
using Safeguard.Core.Recording;
using Safeguard.Core.Shared;
using Safeguard.Core.Workforce;

namespace Safeguard.Core.People;

/// <summary>
/// A child known to children's social care, and the root of everything recorded about them: their episodes of need
/// (referral to closure), periods of care, notes, allocations and family. Every change goes through a method here
/// or on a record the child owns, which checks the journey's rules and bumps <see cref="Version"/> so that two
/// people editing the same child at once cannot overwrite each other.
/// </summary>
public sealed class Child
{
    private readonly List<Address> _addresses = [];
    private readonly List<ChildDisability> _disabilities = [];
    private readonly List<Relationship> _relationships = [];
    private readonly List<Contact> _contacts = [];
    private readonly List<EpisodeOfNeed> _episodes = [];
    private readonly List<PeriodOfCare> _periodsOfCare = [];
    private readonly List<CaseNote> _caseNotes = [];
    private readonly List<Allocation> _allocations = [];
    private readonly List<NamedAccess> _namedAccess = [];
    private readonly List<InformationRequest> _informationRequests = [];

    private Child() { }

    public Guid Id { get; private set; }
    public Guid AuthorityId { get; private set; }

    /// <summary>The authority's own child identifier, as sent in the returns (LAchildID / CHILD): up to 20 letters and digits.</summary>
    public string LaChildId { get; private set; } = "";

    public string GivenName { get; private set; } = "";
    public string FamilyName { get; private set; } = "";

    /// <summary>The names' phonetic keys (<see cref="PersonMatching.PhoneticKey"/>), stored so search can find names that sound alike.</summary>
    public string GivenNameKey { get; private set; } = "";
    public string FamilyNameKey { get; private set; } = "";

    public DateOnly? DateOfBirth { get; private set; }

    /// <summary>For an unborn child: the expected date of birth.</summary>
    public DateOnly? ExpectedDateOfBirth { get; private set; }

    public DateOnly? DateOfDeath { get; private set; }
    public Sex Sex { get; private set; }
    public string Ethnicity { get; private set; } = "NOBT";
    public NhsNumber? NhsNumber { get; private set; }
    public UniquePupilNumber? Upn { get; private set; }

    /// <summary>A sealed record: open only to the users named for it (adoption, witness protection, staff's own children).</summary>
    public bool IsRestricted { get; private set; }

    /// <summary>Concurrency token: every change to the child or anything it owns increments it.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<Address> Addresses => _addresses;
    public IReadOnlyList<ChildDisability> Disabilities => _disabilities;
    public IReadOnlyList<Relationship> Relationships => _relationships;
    public IReadOnlyList<Contact> Contacts => _contacts;
    public IReadOnlyList<EpisodeOfNeed> Episodes => _episodes;
    public IReadOnlyList<PeriodOfCare> PeriodsOfCare => _periodsOfCare;
    public IReadOnlyList<CaseNote> CaseNotes => _caseNotes;
    public IReadOnlyList<Allocation> Allocations => _allocations;

    /// <summary>For a restricted record: the users who may open it.</summary>
    public IReadOnlyList<NamedAccess> NamedAccess => _namedAccess;

    public IReadOnlyList<InformationRequest> InformationRequests => _informationRequests;

    public string FullName => $"{GivenName} {FamilyName}";

    public bool IsUnborn => DateOfBirth is null;

    public Address? CurrentAddress => _addresses.Where(a => a.To is null).MaxBy(a => a.From);

    public EpisodeOfNeed? OpenEpisode => _episodes.FirstOrDefault(e => e.IsOpen);

    public PeriodOfCare? CurrentPeriodOfCare => _periodsOfCare.FirstOrDefault(p => p.IsOpen);

    public ChildProtection.ChildProtectionPlan? OpenChildProtectionPlan =>
        _episodes.SelectMany(e => e.ChildProtectionPlans).FirstOrDefault(p => p.IsOpen);

    public Allocation? CurrentAllocation => _allocations.FirstOrDefault(a => a.To is null);

    public static Child Register(Guid authorityId, string laChildId, string givenName, string familyName, DateOnly? dateOfBirth,
        DateOnly? expectedDateOfBirth, Sex sex, string ethnicity, DateOnly today)
    {
        var child = new Child { Id = Ids.New(), AuthorityId = authorityId };
        child.LaChildId = RequireLaChildId(laChildId);
        child.SetDetails(givenName, familyName, dateOfBirth, expectedDateOfBirth, sex, ethnicity, today);
        return child;
    }

    public void UpdateDetails(string givenName, string familyName, DateOnly? dateOfBirth, DateOnly? expectedDateOfBirth, Sex sex,
        string ethnicity, DateOnly today)
    {
        SetDetails(givenName, familyName, dateOfBirth, expectedDateOfBirth, sex, ethnicity, today);
        Touch();
    }

    private void SetDetails(string givenName, string familyName, DateOnly? dateOfBirth, DateOnly? expectedDateOfBirth, Sex sex,
        string ethnicity, DateOnly today)
    {
        GivenName = Guard.Required(givenName, "a first name", nameof(GivenName), 100);
        FamilyName = Guard.Required(familyName, "a last name", nameof(FamilyName), 100);
        GivenNameKey = PersonMatching.PhoneticKey(GivenName);
        FamilyNameKey = PersonMatching.PhoneticKey(FamilyName);
        if (dateOfBirth is null && expectedDateOfBirth is null)
            throw new JourneyRuleException("Enter a date of birth, or an expected date of birth for an unborn child", nameof(DateOfBirth));
        if (dateOfBirth is { } dob)
        {
            Guard.NotInFuture(dob, today, "date of birth", nameof(DateOfBirth));
            if (dob < today.AddYears(-25)) throw new JourneyRuleException("The date of birth must be within the last 25 years", nameof(DateOfBirth));
        }
        else if (expectedDateOfBirth is { } due && due < today.AddMonths(-1))
            throw new JourneyRuleException("An expected date of birth more than a month ago: record the date of birth instead", nameof(ExpectedDateOfBirth));
        DateOfBirth = dateOfBirth;
        ExpectedDateOfBirth = dateOfBirth is null ? expectedDateOfBirth : null;
        Sex = sex;
        Ethnicity = CodeLists.Ethnicity.Require(ethnicity, nameof(Ethnicity));
    }

    public void RecordIdentifiers(string? nhsNumber, string? upn)
    {
        NhsNumber = string.IsNullOrWhiteSpace(nhsNumber) ? null : People.NhsNumber.Parse(nhsNumber, nameof(NhsNumber));
        Upn = string.IsNullOrWhiteSpace(upn) ? null : UniquePupilNumber.Parse(upn, nameof(Upn));
        Touch();
    }

    public void RecordDisabilities(IEnumerable<string> codes)
    {
        var checkedCodes = codes.Select(c => CodeLists.Disability.Require(c, "Disabilities")).Distinct().ToList();
        if (checkedCodes.Contains("NONE") && checkedCodes.Count > 1)
            throw new JourneyRuleException("Select 'No disability' on its own, or the disabilities the child has", "Disabilities");
        _disabilities.Clear();
        _disabilities.AddRange(checkedCodes.Select(c => new ChildDisability(c)));
        Touch();
    }

    public void MoveTo(string line1, string town, string postcode, DateOnly from, DateOnly today)
    {
        Guard.NotInFuture(from, today, "date the child moved", "From");
        var current = CurrentAddress;
        if (current is not null)
        {
            Guard.NotBefore(from, current.From, "date the child moved", "start of the current address", "From");
            current.End(from);
        }
        _addresses.Add(new Address(Guard.Required(line1, "the first line of the address", "Line1", 200),
            Guard.Required(town, "the town", "Town", 100), Guard.Required(postcode, "the postcode", "Postcode", 10).ToUpperInvariant(), from));
        Touch();
    }

    public void RecordDeath(DateOnly date, DateOnly today)
    {
        Guard.NotInFuture(date, today, "date of death", nameof(DateOfDeath));
        if (DateOfBirth is { } dob) Guard.NotBefore(date, dob, "date of death", "date of birth", nameof(DateOfDeath));
        DateOfDeath = date;
        Touch();
    }

    public void Restrict(bool restricted)
    {
        IsRestricted = restricted;
        Touch();
    }

    /// <summary>Names a user who may open this record while it is restricted.</summary>
    public NamedAccess OpenTo(Guid workerId, Guid namedBy, DateOnly today)
    {
        if (_namedAccess.Any(n => n.WorkerId == workerId)) throw new JourneyRuleException("That person is already named on this record", "WorkerId");
        var named = new NamedAccess(Id, workerId, namedBy, today);
        _namedAccess.Add(named);
        Touch();
        return named;
    }

    public void CloseTo(Guid workerId)
    {
        var named = _namedAccess.FirstOrDefault(n => n.WorkerId == workerId)
            ?? throw new JourneyRuleException("That person is not named on this record", "WorkerId");
        _namedAccess.Remove(named);
        Touch();
    }

    /// <summary>Asks a partner practitioner a question about the child; they see the question and their answer only.</summary>
    public InformationRequest AskPartner(Guid partnerId, string question, Guid askedBy, DateOnly today)
    {
        var request = new InformationRequest(Id, partnerId, Guard.Required(question, "the question", nameof(InformationRequest.Question), 4000), askedBy, today);
        _informationRequests.Add(request);
        Touch();
        return request;
    }

    public void AnswerRequest(Guid requestId, Guid partnerId, string answer, DateOnly today)
    {
        var request = _informationRequests.FirstOrDefault(r => r.Id == requestId && r.PartnerId == partnerId)
            ?? throw new JourneyRuleException("That request is not addressed to you", "RequestId");
        request.Respond(answer, today);
        Touch();
    }

    public Relationship RelateTo(FamilyMember member, RelationshipKind kind, bool parentalResponsibility, bool livesWithChild)
    {
        if (_relationships.Any(r => r.FamilyMemberId == member.Id))
            throw new JourneyRuleException($"{member.FullName} is already linked to this child", "FamilyMemberId");
        var relationship = new Relationship(Id, kind, member.Id, null, parentalResponsibility, livesWithChild);
        _relationships.Add(relationship);
        Touch();
        return relationship;
    }

    public Relationship RelateToChild(Child other, RelationshipKind kind)
    {
        if (other.Id == Id) throw new JourneyRuleException("A child cannot be related to themselves", "RelatedChildId");
        if (_relationships.Any(r => r.RelatedChildId == other.Id))
            throw new JourneyRuleException($"{other.FullName} is already linked to this child", "RelatedChildId");
        var relationship = new Relationship(Id, kind, null, other.Id, false, false);
        _relationships.Add(relationship);
        Touch();
        return relationship;
    }

    /// <summary>Allocates the child to a worker from a date; the previous allocation ends that day.</summary>
    public Allocation AllocateTo(Guid workerId, DateOnly from, DateOnly today)
    {
        Guard.NotInFuture(from, today, "allocation date", "From");
        var current = CurrentAllocation;
        if (current is not null)
        {
            if (current.WorkerId == workerId) throw new JourneyRuleException("The child is already allocated to this worker", "WorkerId");
            Guard.NotBefore(from, current.From, "allocation date", "current allocation's start", "From");
            current.End(from);
        }
        var allocation = new Allocation(Id, workerId, from);
        _allocations.Add(allocation);
        Touch();
        return allocation;
    }

    public void EndAllocation(DateOnly to, DateOnly today)
    {
        var current = CurrentAllocation ?? throw new JourneyRuleException("The child is not allocated", "WorkerId");
        Guard.NotInFuture(to, today, "end of the allocation", "To");
        Guard.NotBefore(to, current.From, "end of the allocation", "allocation's start", "To");
        current.End(to);
        Touch();
    }

    /// <param name="submittedBy">The partner practitioner who made the contact through the service, when one did: they may follow it up.</param>
    public Contact RecordContact(DateOnly receivedOn, string source, string summary, Guid? fromProfessionalId, DateOnly today, Guid? submittedBy = null)
    {
        Guard.NotInFuture(receivedOn, today, "date the contact was received", nameof(Contact.ReceivedOn));
        var contact = new Contact(this, receivedOn, CodeLists.ReferralSource.Require(source, nameof(Contact.Source)),
            Guard.Required(summary, "what the contact is about", nameof(Contact.Summary), 4000), fromProfessionalId, submittedBy);
        _contacts.Add(contact);
        Touch();
        return contact;
    }

    /// <summary>
    /// A referral opens an episode of need. One episode is open at a time: a new referral while one is open is added to
    /// the open episode's work instead (the census counts one episode).
    /// </summary>
    public EpisodeOfNeed ReceiveReferral(DateOnly referralDate, string source, string primaryNeed, string reason, Guid? fromContactId,
        Guid? referrerId, DateOnly today)
    {
        Guard.NotInFuture(referralDate, today, "referral date", nameof(EpisodeOfNeed.ReferralDate));
        if (OpenEpisode is { } open)
            throw new JourneyRuleException(
                $"The child already has an open referral from {Guard.Show(open.ReferralDate)}: record this as a contact or a case note on it, or close it first",
                nameof(EpisodeOfNeed.ReferralDate));
        var lastClosure = _episodes.Where(e => e.ClosureDate is not null).Max(e => e.ClosureDate);
        if (lastClosure is { } closed && referralDate < closed)
            throw new JourneyRuleException($"The referral date must be on or after the last referral closed on {Guard.Show(closed)}",
                nameof(EpisodeOfNeed.ReferralDate));
        Contact? contact = null;
        if (fromContactId is { } cid)
        {
            contact = _contacts.FirstOrDefault(c => c.Id == cid) ?? throw new JourneyRuleException("That contact is not on this child's record", "ContactId");
            Guard.NotBefore(referralDate, contact.ReceivedOn, "referral date", "contact date", nameof(EpisodeOfNeed.ReferralDate));
        }
        var episode = new EpisodeOfNeed(this, referralDate, CodeLists.ReferralSource.Require(source, nameof(EpisodeOfNeed.ReferralSource)),
            CodeLists.PrimaryNeed.Require(primaryNeed, nameof(EpisodeOfNeed.PrimaryNeed)),
            Guard.Required(reason, "the reason for the referral", nameof(EpisodeOfNeed.Reason), 4000), fromContactId, referrerId);
        _episodes.Add(episode);
        contact?.ProgressToReferral(episode.Id);
        Touch();
        return episode;
    }

    public PeriodOfCare StartToBeLookedAfter(DateOnly start, string legalStatus, string categoryOfNeed, string placementType,
        string placementProvider, string? placementPostcode, bool longTermPlacement, DateOnly today)
    {
        Guard.NotInFuture(start, today, "date the child became looked after", nameof(PeriodOfCare.StartDate));
        if (CurrentPeriodOfCare is { } current)
            throw new JourneyRuleException($"The child has been looked after since {Guard.Show(current.StartDate)}: record a change of placement or legal status instead",
                nameof(PeriodOfCare.StartDate));
        var lastEnd = _periodsOfCare.Max(p => p.EndDate);
        if (lastEnd is { } end) Guard.NotBefore(start, end, "date the child became looked after", "end of the last period of care", nameof(PeriodOfCare.StartDate));
        if (DateOfBirth is { } dob) Guard.NotBefore(start, dob, "date the child became looked after", "date of birth", nameof(PeriodOfCare.StartDate));
        var period = new PeriodOfCare(this, start, legalStatus, categoryOfNeed, placementType, placementProvider, placementPostcode, longTermPlacement);
        _periodsOfCare.Add(period);
        Touch();
        return period;
    }

    public CaseNote AddCaseNote(DateOnly date, CaseNoteKind kind, string text, Guid authorId, Agency agency, bool significantEvent, DateOnly today)
    {
        Guard.NotInFuture(date, today, "date of the note", nameof(CaseNote.Date));
        var note = new CaseNote(Id, date, kind, Guard.Required(text, "the note", nameof(CaseNote.Text), 20000), authorId, agency, significantEvent);
        _caseNotes.Add(note);
        Touch();
        return note;
    }

    /// <summary>Marks the child as changed, so a concurrent edit from someone else is caught as a conflict.</summary>
    internal void Touch() => Version++;

    private static string RequireLaChildId(string laChildId)
    {
        var id = Guard.Required(laChildId, "the child's ID", nameof(LaChildId), 20);
        return id.All(char.IsAsciiLetterOrDigit) ? id
            : throw new JourneyRuleException("The child's ID must contain only letters and numbers", nameof(LaChildId));
    }
}
