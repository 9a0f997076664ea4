using Safeguard.Core.Returns;
using Safeguard.Core.Returns.Cin;

namespace Safeguard.Core.Tests.Returns.Cin;

/// <summary>
/// A made-up child that passes every 2025-26 rule, and a census of such children, so each rule test changes one thing.
/// </summary>
internal static class CinTestData
{
    public static readonly DateOnly ReferenceDate = new(2026, 3, 31);

    public static DateOnly D(int year, int month, int day) => new(year, month, day);

    /// <summary>A UPN with a correct check letter: LA 201, then nine digits from <paramref name="serial"/>.</summary>
    public static string Upn(int serial, string la = "201")
    {
        const string letters = "ABCDEFGHJKLMNPQRTUVWXYZ";
        var rest = la + serial.ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < 12; i++) sum += (rest[i] - '0') * (i + 2);
        return letters[sum % 23] + rest;
    }

    public static CinHeader Header() => new()
    {
        Year = 2026,
        ReferenceDate = ReferenceDate,
        LaCode = "201",
        SoftwareCode = "Safeguard",
        Release = "1.0",
        SerialNo = "001",
        DateTime = new DateTime(2026, 4, 10, 9, 0, 0, DateTimeKind.Unspecified),
    };

    /// <summary>
    /// Referred Thu 1 May 2025; assessment 2–20 May; S47 from 6 May, ICPC Mon 19 May; CIN plan 10–19 May; CP plan from
    /// the ICPC, open, reviewed 18 Aug.
    /// </summary>
    public static CensusChild ValidChild(int n = 1) => new()
    {
        Identifiers = new ChildIdentifiers
        {
            LaChildId = $"CHILD{n:D6}",
            Upn = Upn(n),
            PersonBirthDate = D(2015, 6, 1),
            Sex = n % 2 == 0 ? "M" : "F",
        },
        Characteristics = new ChildCharacteristics { Ethnicity = "WBRI", Disabilities = ["NONE"] },
        CinDetails = [ValidEpisode()],
    };

    public static CinDetails ValidEpisode() => new()
    {
        CinReferralDate = D(2025, 5, 1),
        ReferralSource = "2A",
        PrimaryNeedCode = "N1",
        ReferralNfaText = "0",
        Assessments = [new Assessment { ActualStartDate = D(2025, 5, 2), AuthorisationDate = D(2025, 5, 20), Factors = ["1B", "3B"] }],
        CinPlans = [new CinPlan { StartDate = D(2025, 5, 10), EndDate = D(2025, 5, 19) }],
        Section47s = [new Section47Enquiry { ActualStartDate = D(2025, 5, 6), InitialCpcTarget = D(2025, 5, 20), DateOfInitialCpc = D(2025, 5, 19), IcpcNotRequiredText = "0" }],
        ChildProtectionPlans = [new ChildProtectionPlan
        {
            StartDate = D(2025, 5, 19),
            InitialCategoryOfAbuse = "NEG",
            LatestCategoryOfAbuse = "NEG",
            NumberOfPreviousCpp = 0,
            ReviewDates = [D(2025, 8, 18)],
        }],
    };

    /// <summary>A child recorded with eight disabilities, so the LA-level disability queries stay quiet.</summary>
    public static CensusChild DisabledChild(int n) => ValidChild(n) with
    {
        Characteristics = new ChildCharacteristics { Ethnicity = "AIND", Disabilities = ["MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS"] },
    };

    /// <summary>A valid census of <paramref name="count"/> children (the first with eight disabilities).</summary>
    public static CinCensus ValidCensus(int count = 3) => new()
    {
        Header = Header(),
        Children = [DisabledChild(1), .. Enumerable.Range(2, Math.Max(0, count - 1)).Select(ValidChild)],
    };

    /// <summary>A census of the disabled child plus <paramref name="child"/>, validated; returns its findings.</summary>
    public static IReadOnlyList<Finding> Check(CensusChild child) =>
        CensusValidator.Validate(new CinCensus { Header = Header(), Children = [DisabledChild(999_999), child] });

    public static CensusChild WithEpisode(this CensusChild child, Func<CinDetails, CinDetails> change) =>
        child with { CinDetails = [change(child.CinDetails[0]), .. child.CinDetails.Skip(1)] };

    public static CensusChild WithIds(this CensusChild child, Func<ChildIdentifiers, ChildIdentifiers> change) =>
        child with { Identifiers = change(child.Identifiers) };

    public static CinDetails WithAssessment(this CinDetails e, Func<Assessment, Assessment> change) =>
        e with { Assessments = [change(e.Assessments[0]), .. e.Assessments.Skip(1)] };

    public static CinDetails WithS47(this CinDetails e, Func<Section47Enquiry, Section47Enquiry> change) =>
        e with { Section47s = [change(e.Section47s[0]), .. e.Section47s.Skip(1)] };

    public static CinDetails WithCpp(this CinDetails e, Func<ChildProtectionPlan, ChildProtectionPlan> change) =>
        e with { ChildProtectionPlans = [change(e.ChildProtectionPlans[0]), .. e.ChildProtectionPlans.Skip(1)] };

    public static CinDetails WithPlan(this CinDetails e, Func<CinPlan, CinPlan> change) =>
        e with { CinPlans = [change(e.CinPlans[0]), .. e.CinPlans.Skip(1)] };

    public static string SamplePath(string name) => Path.Combine(AppContext.BaseDirectory, "Returns", "Cin", "Samples", name);

    public static MemoryStream ToXml(CinCensus census)
    {
        var stream = new MemoryStream();
        CinCensusWriter.Write(census, stream);
        stream.Position = 0;
        return stream;
    }
}
