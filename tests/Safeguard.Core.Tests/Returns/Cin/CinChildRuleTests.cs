using Safeguard.Core.Returns;
using Safeguard.Core.Returns.Cin;
using static Safeguard.Core.Tests.Returns.Cin.CinTestData;

namespace Safeguard.Core.Tests.Returns.Cin;

/// <summary>
/// Every child-level 2025-26 rule, shown firing on a one-field change to a valid child and staying quiet on the
/// nearest valid case. Each case is named "code fires/passes: what changed".
/// </summary>
public sealed class CinChildRuleTests
{
    private static readonly CensusChild C = ValidChild(1);

    private static CensusChild E(Func<CinDetails, CinDetails> f) => C.WithEpisode(f);

    private static CensusChild Id(Func<ChildIdentifiers, ChildIdentifiers> f) => C.WithIds(f);

    private static CensusChild A(Func<Assessment, Assessment> f) => E(e => e.WithAssessment(f));

    private static CensusChild S(Func<Section47Enquiry, Section47Enquiry> f) => E(e => e.WithS47(f));

    private static CensusChild P(Func<CinPlan, CinPlan> f) => E(e => e.WithPlan(f));

    private static CensusChild Cp(Func<ChildProtectionPlan, ChildProtectionPlan> f) => E(e => e.WithCpp(f));

    private static CensusChild Disab(params string[] codes) => C with { Characteristics = C.Characteristics with { Disabilities = codes } };

    private static readonly string WrongCheckLetter = (Upn(1)[0] == 'A' ? "B" : "A") + Upn(1)[1..];

    private static readonly CinDetails ClosedLater = ValidEpisode() with
    {
        CinReferralDate = D(2025, 9, 1), CinClosureDate = D(2025, 10, 1), ReasonForClosure = "RC7",
        Assessments = [], CinPlans = [], Section47s = [], ChildProtectionPlans = [],
    };

    private static readonly Dictionary<string, (string Code, bool Fires, CensusChild Child)> Cases = Build();

    public static TheoryData<string> CaseNames() => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Rule_FiresOnlyWhenBroken(string name)
    {
        var (code, fires, child) = Cases[name];
        var findings = Check(child).Where(f => f.Code == code && f.ChildId == child.LaChildId).ToList();
        if (fires) Assert.NotEmpty(findings);
        else Assert.Empty(findings);
    }

    [Fact]
    public void EveryChildRule_HasAFiringAndAPassingCase()
    {
        var codes = Safeguard.Core.Returns.Cin.Rules.CinRuleset.Cin2025To26.ChildRules.Select(r => r.Code).ToHashSet();
        var firing = Cases.Values.Where(c => c.Fires).Select(c => c.Code).ToHashSet();
        var passing = Cases.Values.Where(c => !c.Fires).Select(c => c.Code).ToHashSet();
        Assert.Empty(codes.Except(firing));
        Assert.Empty(codes.Except(passing));
    }

    [Fact]
    public void Findings_NameTheEpisodeAndItem()
    {
        var child = C with { CinDetails = [ValidEpisode(), ClosedLater with { Assessments = [new Assessment { ActualStartDate = D(2025, 8, 1), AuthorisationDate = D(2025, 9, 5) }] }] };
        var finding = Assert.Single(Check(child), f => f.Code == "1103");
        Assert.Equal(FindingLocation.CinDetails(2, 1), finding.Location);
        Assert.Equal("CINdetails 2, item 1", finding.Location.Label);
    }

    private static Dictionary<string, (string, bool, CensusChild)> Build()
    {
        var list = new List<(string Code, bool Fires, string What, CensusChild Child)>
        {
            // ChildIdentifiers
            ("1510", true, "wrong check letter", Id(i => i with { Upn = WrongCheckLetter })),
            ("1510", false, "correct check letter", C),
            ("1530", true, "LA 999", Id(i => i with { Upn = Upn(1, "999") })),
            ("1530", false, "LA 942 (added 2023-24)", Id(i => i with { Upn = Upn(1, "942") })),
            ("1540", true, "letters in 5-12", Id(i => i with { Upn = "A201ABCD12345" })),
            ("1540", false, "digits in 5-12", C),
            ("1550", true, "ends in I", Id(i => i with { Upn = "A20112345678I" })),
            ("1550", false, "ends in A", Id(i => i with { Upn = "A20112345678A" })),
            ("1560Q", true, "12 characters", Id(i => i with { FormerUpn = "X98765432123" })),
            ("1560Q", false, "well formed", Id(i => i with { FormerUpn = Upn(5) })),
            ("1570", true, "21 characters", Id(i => i with { LaChildId = new string('A', 21) })),
            ("1570", false, "20 characters", Id(i => i with { LaChildId = new string('A', 20) })),
            ("1580", true, "hyphen", Id(i => i with { LaChildId = "CHILD-1" })),
            ("1580", false, "letters and digits", C),
            ("4180", true, "GenderCurrent code 1", Id(i => i with { Sex = "1" })),
            ("4180", true, "missing", Id(i => i with { Sex = null })),
            ("4180", false, "U", Id(i => i with { Sex = "U" })),
            ("8500", true, "empty ID", Id(i => i with { LaChildId = "" })),
            ("8500", false, "has ID", C),
            ("8520", true, "born after reference date", Id(i => i with { PersonBirthDate = D(2026, 4, 1) })),
            ("8520", false, "born on reference date", Id(i => i with { PersonBirthDate = D(2026, 3, 31) })),
            ("8525Q", true, "both dates", Id(i => i with { ExpectedPersonBirthDate = D(2026, 5, 1) })),
            ("8525Q", true, "neither date", Id(i => i with { PersonBirthDate = null })),
            ("8525Q", false, "expected only", Id(i => i with { PersonBirthDate = null, ExpectedPersonBirthDate = D(2026, 5, 1), Sex = "U" })),
            ("8530Q", true, "expected in February", Id(i => i with { PersonBirthDate = null, ExpectedPersonBirthDate = D(2026, 2, 28) })),
            ("8530Q", false, "expected 1 March", Id(i => i with { PersonBirthDate = null, ExpectedPersonBirthDate = D(2026, 3, 1) })),
            ("8535Q", true, "died before born", Id(i => i with { PersonDeathDate = D(2015, 5, 1) })),
            ("8535Q", false, "died after born", Id(i => i with { PersonDeathDate = D(2025, 6, 1) })),
            ("8545Q", true, "died before the year", Id(i => i with { PersonDeathDate = D(2025, 3, 31) })),
            ("8545Q", false, "died first day of year", Id(i => i with { PersonDeathDate = D(2025, 4, 1) })),
            ("8590", true, "no CINdetails", C with { CinDetails = [] }),
            ("8590", false, "one CINdetails", C),
            ("8750", true, "unborn female", Id(i => i with { PersonBirthDate = null, ExpectedPersonBirthDate = D(2026, 5, 1), Sex = "F" })),
            ("8750", false, "unborn U", Id(i => i with { PersonBirthDate = null, ExpectedPersonBirthDate = D(2026, 5, 1), Sex = "U" })),
            ("8770Q", true, "school age, UN1", Id(i => i with { Upn = null, UpnUnknown = "UN1" })),
            ("8770Q", true, "born 31 Aug 2022, no UPN", Id(i => i with { Upn = null, PersonBirthDate = D(2022, 8, 31) })),
            ("8770Q", false, "school age, UN2", Id(i => i with { Upn = null, UpnUnknown = "UN2" })),
            ("8770Q", false, "born 1 Sep 2022, no UPN", Id(i => i with { Upn = null, PersonBirthDate = D(2022, 9, 1) })),
            ("8772", true, "UN7 but further action", Id(i => i with { UpnUnknown = "UN7" })),
            ("8772", false, "UN7 and NFA", Id(i => i with { UpnUnknown = "UN7" }).WithEpisode(e => e with { ReferralNfaText = "1" })),
            ("8775Q", true, "25 on the reference date", Id(i => i with { PersonBirthDate = D(2001, 3, 31) })),
            ("8775Q", false, "25 the day after", Id(i => i with { PersonBirthDate = D(2001, 4, 1) })),
            // ChildCharacteristics
            ("4220", true, "unknown code", C with { Characteristics = C.Characteristics with { Ethnicity = "XXXX" } }),
            ("4220", true, "missing", C with { Characteristics = C.Characteristics with { Ethnicity = null } }),
            ("4220", false, "REFU", C with { Characteristics = C.Characteristics with { Ethnicity = "REFU" } }),
            ("8540", true, "unknown code", Disab("FOO")),
            ("8540", true, "none recorded for a born child", Disab()),
            ("8540", false, "none recorded for an unborn child", Disab().WithIds(i => i with { PersonBirthDate = null, ExpectedPersonBirthDate = D(2026, 5, 1), Sex = "U" })),
            ("8790", true, "NONE and MOB", Disab("NONE", "MOB")),
            ("8790", false, "MOB and HAND", Disab("MOB", "HAND")),
            ("8794", true, "MOB twice", Disab("MOB", "MOB")),
            ("8794", false, "two codes", Disab("MOB", "AUT")),
            // CINdetails
            ("8568", true, "missing", E(e => e with { ReferralNfaText = null })),
            ("8568", true, "yes", E(e => e with { ReferralNfaText = "yes" })),
            ("8568", false, "false (older systems)", E(e => e with { ReferralNfaText = "false" })),
            ("8569Q", true, "NFA referred Fri 28 Mar 2025", E(e => e with { ReferralNfaText = "1", CinReferralDate = D(2025, 3, 28) })),
            ("8569Q", false, "NFA referred Mon 31 Mar 2025", E(e => e with { ReferralNfaText = "1", CinReferralDate = D(2025, 3, 31) })),
            ("8555Q", true, "referred after death", Id(i => i with { PersonDeathDate = D(2025, 4, 15) })),
            ("8555Q", false, "referred on day of death", Id(i => i with { PersonDeathDate = D(2025, 5, 1) })),
            ("8585Q", true, "RC2 without death", E(e => e with { CinClosureDate = D(2026, 3, 1), ReasonForClosure = "RC2" })),
            ("8585Q", false, "RC2 with death", E(e => e with { CinClosureDate = D(2026, 3, 1), ReasonForClosure = "RC2" }).WithIds(i => i with { PersonDeathDate = D(2026, 3, 1) })),
            ("8600", true, "missing", E(e => e with { CinReferralDate = null })),
            ("8600", true, "after reference date", E(e => e with { CinReferralDate = D(2026, 4, 1) })),
            ("8600", false, "on reference date", E(e => e with { CinReferralDate = D(2026, 3, 31) })),
            ("8606", true, "281 days before birth", Id(i => i with { PersonBirthDate = D(2026, 2, 6) })),
            ("8606", false, "280 days before birth", Id(i => i with { PersonBirthDate = D(2026, 2, 5) })),
            ("8610", true, "further action, no need code", E(e => e with { PrimaryNeedCode = null })),
            ("8610", false, "NFA, no need code", E(e => e with { PrimaryNeedCode = null, ReferralNfaText = "1" })),
            ("8620", true, "closed after year", E(e => e with { CinClosureDate = D(2026, 4, 1), ReasonForClosure = "RC7" })),
            ("8620", false, "closed on reference date", E(e => e with { CinClosureDate = D(2026, 3, 31), ReasonForClosure = "RC7" })),
            ("8630", true, "closed before referral", E(e => e with { CinClosureDate = D(2025, 4, 30), ReasonForClosure = "RC7" })),
            ("8630", false, "closed on referral day", E(e => e with { CinClosureDate = D(2025, 5, 1), ReasonForClosure = "RC7" })),
            ("8640", true, "RC10", E(e => e with { CinClosureDate = D(2026, 3, 1), ReasonForClosure = "RC10" })),
            ("8640", false, "RC7", E(e => e with { CinClosureDate = D(2026, 3, 1), ReasonForClosure = "RC7" })),
            ("8650", true, "N10", E(e => e with { PrimaryNeedCode = "N10" })),
            ("8650", false, "N0", E(e => e with { PrimaryNeedCode = "N0" })),
            ("8805", true, "closed without reason", E(e => e with { CinClosureDate = D(2026, 3, 1) })),
            ("8805", false, "closed with reason", E(e => e with { CinClosureDate = D(2026, 3, 1), ReasonForClosure = "RC7" })),
            ("8810", true, "reason without closure", E(e => e with { ReasonForClosure = "RC7" })),
            ("8810", false, "open without reason", C),
            ("8816", true, "open episode older than a closed one", C with { CinDetails = [ValidEpisode(), ClosedLater] }),
            ("8816", false, "open episode is the latest", C with { CinDetails = [ClosedLater with { CinReferralDate = D(2025, 4, 1), CinClosureDate = D(2025, 4, 20) }, ValidEpisode()] }),
            ("8825Q", true, "RC8 without assessment", E(e => e with { CinClosureDate = D(2026, 3, 1), ReasonForClosure = "RC8", Assessments = [] })),
            ("8825Q", false, "RC8 with assessment", E(e => e with { CinClosureDate = D(2026, 3, 1), ReasonForClosure = "RC8" })),
            ("8831", true, "NFA with assessment", E(e => e with { ReferralNfaText = "1", CinPlans = [], Section47s = [], ChildProtectionPlans = [] })),
            ("8831", false, "NFA with no activity", E(e => e with { ReferralNfaText = "1", Assessments = [], CinPlans = [], Section47s = [], ChildProtectionPlans = [] })),
            ("8832", true, "NFA with CP plan", E(e => e with { ReferralNfaText = "1" })),
            ("8832", false, "further action with CP plan", C),
            ("4000", true, "NFA with CIN plan", E(e => e with { ReferralNfaText = "1" })),
            ("4000", false, "further action with CIN plan", C),
            ("8866", true, "source 11", E(e => e with { ReferralSource = "11" })),
            ("8866", true, "source missing", E(e => e with { ReferralSource = null })),
            ("8866", false, "source missing before April 2013", E(e => e with { ReferralSource = null, CinReferralDate = D(2013, 3, 31) })),
            ("8867", true, "closed with open assessment", E(e => (e with { CinClosureDate = D(2026, 3, 1), ReasonForClosure = "RC7" }).WithAssessment(a => a with { AuthorisationDate = null, Factors = [] }))),
            ("8867", false, "closed with completed assessment", E(e => e with { CinClosureDate = D(2026, 3, 1), ReasonForClosure = "RC7" })),
            ("8868", true, "closed with S47 awaiting ICPC", E(e => (e with { CinClosureDate = D(2026, 3, 1), ReasonForClosure = "RC7" }).WithS47(s => s with { DateOfInitialCpc = null }))),
            ("8868", false, "closed with S47 ICPC not required", E(e => (e with { CinClosureDate = D(2026, 3, 1), ReasonForClosure = "RC7" }).WithS47(s => s with { DateOfInitialCpc = null, IcpcNotRequiredText = "1" }))),
            ("2990", true, "RC8 with S47", E(e => e with { CinClosureDate = D(2026, 3, 1), ReasonForClosure = "RC8", CinPlans = [], ChildProtectionPlans = [] })),
            ("2990", false, "RC8 with assessment only", E(e => e with { CinClosureDate = D(2026, 3, 1), ReasonForClosure = "RC8", CinPlans = [], Section47s = [], ChildProtectionPlans = [] })),
            ("2991Q", true, "S47 without assessment", E(e => e with { Assessments = [] })),
            ("2991Q", false, "S47 with assessment", C),
            ("2884", true, "ICPC at both levels", E(e => e with { DateOfInitialCpc = D(2025, 5, 19) })),
            ("2884", false, "ICPC on S47 only", C),
            ("8565", true, "assessment completed after closure", E(e => e with { CinClosureDate = D(2025, 5, 15), ReasonForClosure = "RC7" })),
            ("8565", false, "everything done by closure", E(e => (e with { CinClosureDate = D(2026, 3, 1), ReasonForClosure = "RC7" }).WithCpp(c => c with { EndDate = D(2026, 3, 1) }))),
            ("2883", true, "two plans, one conference", E(e => e with { ChildProtectionPlans = [.. e.ChildProtectionPlans, e.ChildProtectionPlans[0] with { StartDate = D(2025, 9, 1) }] })),
            ("2883", false, "one plan, one conference", C),
            ("8815", true, "two open episodes", C with { CinDetails = [ValidEpisode(), ClosedLater with { CinClosureDate = null, ReasonForClosure = null }] }),
            ("8815", false, "one open, one closed", C with { CinDetails = [ValidEpisode(), ClosedLater] }),
            ("8820", true, "second referral inside first episode", C with { CinDetails = [ValidEpisode() with { CinClosureDate = D(2025, 8, 1), ReasonForClosure = "RC7" }, ClosedLater with { CinReferralDate = D(2025, 7, 1) }] }),
            ("8820", false, "second referral on the closure day", C with { CinDetails = [ValidEpisode() with { CinClosureDate = D(2025, 8, 1), ReasonForClosure = "RC7" }, ClosedLater with { CinReferralDate = D(2025, 8, 1) }] }),
            // Assessments
            ("1103", true, "started before referral", A(a => a with { ActualStartDate = D(2025, 4, 30) })),
            ("1103", false, "started on referral day", A(a => a with { ActualStartDate = D(2025, 5, 1) })),
            ("8608", true, "start after completion", A(a => a with { ActualStartDate = D(2025, 5, 21) })),
            ("8608", false, "start on completion day", A(a => a with { ActualStartDate = D(2025, 5, 20) })),
            ("8614", true, "factors on open assessment", A(a => a with { AuthorisationDate = null })),
            ("8614", false, "no factors on open assessment", A(a => a with { AuthorisationDate = null, Factors = [] })),
            ("8670Q", true, "open since Mon 26 Jan 2026 (46 working days)", A(a => a with { ActualStartDate = D(2026, 1, 26), AuthorisationDate = null, Factors = [] })),
            ("8670Q", false, "open since Tue 27 Jan 2026 (45 working days)", A(a => a with { ActualStartDate = D(2026, 1, 27), AuthorisationDate = null, Factors = [] })),
            ("8696", true, "completed after year", A(a => a with { AuthorisationDate = D(2026, 4, 1) })),
            ("8696", false, "completed on reference date", A(a => a with { AuthorisationDate = D(2026, 3, 31) })),
            ("8736", true, "open, started before year", E(e => (e with { CinReferralDate = D(2025, 3, 1) }).WithAssessment(a => a with { ActualStartDate = D(2025, 3, 31), AuthorisationDate = null, Factors = [] }))),
            ("8736", false, "open, started first day of year", A(a => a with { ActualStartDate = D(2025, 5, 1), AuthorisationDate = null, Factors = [] })),
            ("8869", true, "21 with 1B", A(a => a with { Factors = ["21", "1B"] })),
            ("8869", false, "21 alone", A(a => a with { Factors = ["21"] })),
            ("8897Q", true, "completed without factors", A(a => a with { Factors = [] })),
            ("8897Q", false, "completed with factors", C),
            ("8898", true, "1B twice", A(a => a with { Factors = ["1B", "1B"] })),
            ("8898", false, "distinct factors", C),
            ("8945Q", true, "18A", A(a => a with { Factors = ["18A"] })),
            ("8945Q", false, "18B", A(a => a with { Factors = ["18B"] })),
            ("8950Q", true, "19A", A(a => a with { Factors = ["19A"] })),
            ("8950Q", false, "19C", A(a => a with { Factors = ["19C"] })),
            ("8873Q", true, "only assessment found nothing, closed RC7", E(e => (e with { CinClosureDate = D(2026, 3, 1), ReasonForClosure = "RC7" }).WithAssessment(a => a with { Factors = ["21"] }))),
            ("8873Q", false, "only assessment found nothing, closed RC8", E(e => (e with { CinClosureDate = D(2026, 3, 1), ReasonForClosure = "RC8" }).WithAssessment(a => a with { Factors = ["21"] }))),
            ("8896", true, "two open assessments", E(e => e with { Assessments = [new Assessment { ActualStartDate = D(2025, 5, 2) }, new Assessment { ActualStartDate = D(2025, 6, 2) }] })),
            ("8896", false, "one open, one completed", E(e => e with { Assessments = [.. e.Assessments, new Assessment { ActualStartDate = D(2025, 6, 2) }] })),
            ("8863Q", true, "second starts while first runs", E(e => e with { Assessments = [.. e.Assessments, e.Assessments[0] with { ActualStartDate = D(2025, 5, 10), AuthorisationDate = D(2025, 6, 1) }] })),
            ("8863Q", false, "second starts the day first completes", E(e => e with { Assessments = [.. e.Assessments, e.Assessments[0] with { ActualStartDate = D(2025, 5, 20), AuthorisationDate = D(2025, 6, 1) }] })),
            // CIN plans
            ("4008", true, "plan starts after death", Id(i => i with { PersonDeathDate = D(2025, 5, 9) })),
            ("4008", false, "plan starts on day of death", Id(i => i with { PersonDeathDate = D(2025, 5, 10) })),
            ("4009Q", true, "plan ends after death", Id(i => i with { PersonDeathDate = D(2025, 5, 18) })),
            ("4009Q", false, "plan ends on day of death", Id(i => i with { PersonDeathDate = D(2025, 5, 19) })),
            ("4010", true, "start missing", P(p => p with { StartDate = null })),
            ("4010", true, "start after year", P(p => p with { StartDate = D(2026, 4, 1), EndDate = null })),
            ("4010", false, "start in year", C),
            ("4011", true, "ends before start", P(p => p with { EndDate = D(2025, 5, 9) })),
            ("4011", false, "ends after start", C),
            ("4012Q", true, "same day", P(p => p with { EndDate = D(2025, 5, 10) })),
            ("4012Q", false, "different days", C),
            ("4013", true, "ends after year", P(p => p with { EndDate = D(2026, 4, 1) })),
            ("4013", false, "ends in year", C),
            ("4015", true, "starts before referral", P(p => p with { StartDate = D(2025, 4, 30) })),
            ("4015", false, "starts on referral day", P(p => p with { StartDate = D(2025, 5, 1) })),
            ("4016", true, "starts during CP plan", P(p => p with { StartDate = D(2025, 6, 1), EndDate = D(2025, 6, 10) })),
            ("4016", false, "starts before CP plan", C),
            ("4017", true, "CP plan starts during it", P(p => p with { EndDate = D(2025, 5, 25) })),
            ("4017", false, "CP plan starts on its end day", C),
            ("4003", true, "CP review during CIN plan", Cp(c => c with { ReviewDates = [D(2025, 5, 15)] })),
            ("4003", false, "CP review after CIN plan", C),
            ("4001", true, "both open", P(p => p with { EndDate = null })),
            ("4001", false, "CIN plan ended", C),
            ("4004", true, "two open CIN plans", E(e => e with { CinPlans = [new CinPlan { StartDate = D(2025, 5, 10) }, new CinPlan { StartDate = D(2025, 6, 10) }] })),
            ("4004", false, "one open, one ended", E(e => e with { CinPlans = [.. e.CinPlans, new CinPlan { StartDate = D(2025, 6, 10) }] })),
            ("4014", true, "overlapping CIN plans", E(e => e with { CinPlans = [.. e.CinPlans, new CinPlan { StartDate = D(2025, 5, 15), EndDate = D(2025, 5, 18) }] })),
            ("4014", false, "back-to-back CIN plans", E(e => e with { CinPlans = [.. e.CinPlans, new CinPlan { StartDate = D(2025, 5, 19), EndDate = D(2025, 5, 19) }] })),
            // Section 47
            ("2889", true, "S47 before referral", S(s => s with { ActualStartDate = D(2025, 4, 30) })),
            ("2889", false, "S47 on referral day", S(s => s with { ActualStartDate = D(2025, 5, 1) })),
            ("1104", true, "ICPC before referral", S(s => s with { ActualStartDate = D(2025, 4, 29), DateOfInitialCpc = D(2025, 4, 30) })),
            ("1104", false, "ICPC after referral", C),
            ("8615", true, "S47 start missing", S(s => s with { ActualStartDate = null })),
            ("8615", true, "S47 starts after ICPC", S(s => s with { ActualStartDate = D(2025, 5, 20) })),
            ("8615", false, "S47 starts on ICPC day", S(s => s with { ActualStartDate = D(2025, 5, 19) })),
            ("8675Q", true, "awaiting ICPC since Mon 9 Mar 2026 (16 working days)", S(s => s with { ActualStartDate = D(2026, 3, 9), DateOfInitialCpc = null })),
            ("8675Q", false, "awaiting ICPC since Tue 10 Mar 2026 (15 working days)", S(s => s with { ActualStartDate = D(2026, 3, 10), DateOfInitialCpc = null })),
            ("8675Q", false, "ICPC not required", S(s => s with { ActualStartDate = D(2026, 1, 5), DateOfInitialCpc = null, IcpcNotRequiredText = "1" })),
            ("8715", true, "episode ICPC before year", E(e => (e with { DateOfInitialCpc = D(2025, 3, 31) }).WithS47(s => s with { DateOfInitialCpc = null }))),
            ("8715", false, "ICPC in year", C),
            ("8740", true, "awaiting ICPC, started before year", E(e => (e with { CinReferralDate = D(2025, 3, 1) }).WithS47(s => s with { ActualStartDate = D(2025, 3, 31), DateOfInitialCpc = null }))),
            ("8740", false, "ICPC not required, started before year", E(e => (e with { CinReferralDate = D(2025, 3, 1) }).WithS47(s => s with { ActualStartDate = D(2025, 3, 31), DateOfInitialCpc = null, IcpcNotRequiredText = "1" }))),
            ("8870Q", true, "target on Saturday", S(s => s with { InitialCpcTarget = D(2025, 5, 17) })),
            ("8870Q", false, "target on Tuesday", C),
            ("8875", true, "ICPC on Saturday", S(s => s with { DateOfInitialCpc = D(2025, 5, 17) })),
            ("8875", false, "ICPC on Monday", C),
            ("8839", true, "two S47s awaiting ICPC", E(e => e with { Section47s = [e.Section47s[0] with { DateOfInitialCpc = null }, e.Section47s[0] with { ActualStartDate = D(2025, 6, 2), DateOfInitialCpc = null }] })),
            ("8839", false, "one awaiting, one held", E(e => e with { Section47s = [.. e.Section47s, e.Section47s[0] with { ActualStartDate = D(2025, 6, 2), DateOfInitialCpc = null }] })),
            ("8890", true, "second S47 starts during first", E(e => e with { Section47s = [.. e.Section47s, e.Section47s[0] with { ActualStartDate = D(2025, 5, 10), DateOfInitialCpc = null, IcpcNotRequiredText = "1" }] })),
            ("8890", false, "second S47 starts on first's ICPC day", E(e => e with { Section47s = [.. e.Section47s, e.Section47s[0] with { ActualStartDate = D(2025, 5, 19), DateOfInitialCpc = null, IcpcNotRequiredText = "1" }] })),
            // Child protection plans
            ("1105", true, "starts before referral", Cp(c => c with { StartDate = D(2025, 4, 30) })),
            ("1105", false, "starts after referral", C),
            ("2885", true, "starts day after ICPC", Cp(c => c with { StartDate = D(2025, 5, 20) })),
            ("2885", false, "starts on ICPC day", C),
            ("8720", true, "start missing", Cp(c => c with { StartDate = null })),
            ("8720", true, "starts after year", Cp(c => c with { StartDate = D(2026, 4, 1) })),
            ("8720", false, "starts in year", C),
            ("8730", true, "previous plans missing", Cp(c => c with { NumberOfPreviousCpp = null })),
            ("8730", false, "previous plans 0", C),
            ("8840", true, "starts and ends same day", Cp(c => c with { EndDate = D(2025, 5, 19), ReviewDates = [] })),
            ("8840", false, "ends next day", Cp(c => c with { EndDate = D(2025, 5, 20), ReviewDates = [] })),
            ("8841", true, "review on start day", Cp(c => c with { ReviewDates = [D(2025, 5, 19)] })),
            ("8841", false, "review day after start", Cp(c => c with { ReviewDates = [D(2025, 5, 20)] })),
            ("8842Q", true, "review without date", Cp(c => c with { ReviewDates = [null] })),
            ("8842Q", false, "review dated", C),
            ("8905", true, "initial category ABC", Cp(c => c with { InitialCategoryOfAbuse = "ABC" })),
            ("8905", true, "initial category missing", Cp(c => c with { InitialCategoryOfAbuse = null })),
            ("8905", false, "initial category MUL", Cp(c => c with { InitialCategoryOfAbuse = "MUL" })),
            ("8910", true, "latest category ABC", Cp(c => c with { LatestCategoryOfAbuse = "ABC" })),
            ("8910", false, "latest category EMO", Cp(c => c with { LatestCategoryOfAbuse = "EMO" })),
            ("8915", true, "starts after death", Id(i => i with { PersonDeathDate = D(2025, 5, 18) })),
            ("8915", false, "starts on day of death", Id(i => i with { PersonDeathDate = D(2025, 5, 19) })),
            ("8920", true, "ends after death", Cp(c => c with { EndDate = D(2025, 6, 1) }).WithIds(i => i with { PersonDeathDate = D(2025, 5, 31) })),
            ("8920", false, "ends on day of death", Cp(c => c with { EndDate = D(2025, 6, 1) }).WithIds(i => i with { PersonDeathDate = D(2025, 6, 1) })),
            ("8925", true, "ends before start", Cp(c => c with { EndDate = D(2025, 5, 18) })),
            ("8925", false, "ends after start", Cp(c => c with { EndDate = D(2025, 9, 1) })),
            ("8930", true, "ends after year", Cp(c => c with { EndDate = D(2026, 4, 1) })),
            ("8930", false, "ends on reference date", Cp(c => c with { EndDate = D(2026, 3, 31) })),
            ("8935", true, "two open plans", E(e => e with { ChildProtectionPlans = [.. e.ChildProtectionPlans, e.ChildProtectionPlans[0] with { StartDate = D(2025, 9, 1), ReviewDates = [] }] })),
            ("8935", false, "one ended, one open", E(e => e with { ChildProtectionPlans = [e.ChildProtectionPlans[0] with { EndDate = D(2025, 9, 1) }, e.ChildProtectionPlans[0] with { StartDate = D(2025, 9, 1), ReviewDates = [] }] })),
            ("8940", true, "second starts inside first", E(e => e with { ChildProtectionPlans = [.. e.ChildProtectionPlans, e.ChildProtectionPlans[0] with { StartDate = D(2025, 9, 1), EndDate = D(2025, 10, 1), ReviewDates = [] }] })),
            ("8940", false, "second starts the day first ends", E(e => e with { ChildProtectionPlans = [e.ChildProtectionPlans[0] with { EndDate = D(2025, 9, 1) }, e.ChildProtectionPlans[0] with { StartDate = D(2025, 9, 1), ReviewDates = [] }] })),
        };
        var cases = new Dictionary<string, (string, bool, CensusChild)>(StringComparer.Ordinal);
        foreach (var (code, fires, what, child) in list)
            cases.Add($"{code} {(fires ? "fires" : "passes")}: {what}", (code, fires, child));
        return cases;
    }
}
