using Safeguard.Core.Published;
using M = Safeguard.Core.Published.PublishedMeasures;

namespace Safeguard.Core.Tests.Comparison;

public sealed class PublishedStatisticsTests
{
    private static PublishedStatistics Stats => PublishedData.Statistics;

    [Fact]
    public void Authorities_153CurrentWithNewAndOldCodes()
    {
        Assert.Equal(153, Stats.Authorities.Current.Count);
        Assert.All(Stats.Authorities.Current, a =>
        {
            Assert.Matches("^[0-9]{3}$", a.LaCode);
            Assert.Matches("^E(06|08|09|10)[0-9]{6}$", a.NewLaCode);
        });
    }

    [Theory]
    [InlineData("Kent")]
    [InlineData("kent")]
    [InlineData("KENT")]
    [InlineData("886")]
    [InlineData("E10000016")]
    public void Find_ByNameOrEitherCode_FindsKent(string query) =>
        Assert.Equal("886", Stats.Authorities.Find(query)?.LaCode);

    [Theory]
    [InlineData("Brighton & Hove", "Brighton and Hove")]
    [InlineData("Telford & Wrekin", "Telford and Wrekin")]
    [InlineData("Bristol", "Bristol, City of")]
    [InlineData("Durham", "County Durham")]
    [InlineData("Bedford Borough", "Bedford")]
    public void ByName_ToleratesAmpersandsAndLaitSpellings(string query, string expected) =>
        Assert.Equal(expected, Stats.Authorities.ByName(query)?.Name);

    [Fact]
    public void Reorganisation_PredecessorsKeptWithTheirYears_SuccessorsCurrent()
    {
        var cumbria = Stats.Authorities.ByCode("909")!;
        Assert.False(cumbria.IsCurrent);
        Assert.Equal(2023, cumbria.LastYear);
        Assert.True(Stats.Authorities.ByName("Westmorland and Furness")!.IsCurrent);
        Assert.Equal(2024, Stats.Authorities.ByName("Cumberland")!.FirstYear);
        // North Yorkshire changed ONS code in 2023 but is one children's services authority (815).
        Assert.Equal("815", Stats.Authorities.ByCode("E10000023")!.LaCode);
        Assert.Equal("E06000065", Stats.Authorities.ByCode("815")!.NewLaCode);
        // The current Dorset wins a name lookup over Dorset (pre-2019).
        Assert.Equal("838", Stats.Authorities.ByName("Dorset")!.LaCode);
        Assert.Null(Stats.Figure(M.Referrals, 2025, "909"));
        Assert.NotNull(Stats.Figure(M.Referrals, 2022, "909")?.Value);
    }

    [Theory]
    [InlineData(M.Referrals, 632830)]
    [InlineData(M.ReReferralPercent, 22.6)]
    [InlineData(M.CinAt31March, 402400)]
    [InlineData(M.Section47, 230590)]
    [InlineData(M.Icpc, 72100)]
    [InlineData(M.CppStarts, 61840)]
    [InlineData(M.CppSubsequentPercent, 24.5)]
    [InlineData(M.CppAt31March, 49420)]
    [InlineData(M.Cpp2YearsAt31MarchPercent, 2.3)]
    [InlineData(M.ClaAt31March, 81770)]
    [InlineData(M.ClaRate, 67)]
    [InlineData(M.ClaStarts, 32270)]
    [InlineData(M.Cla3PlusPlacementsPercent, 10)]
    [InlineData(M.ClaLongTermStabilityPercent, 69)]
    [InlineData(M.SocialWorkerFte, 36186.3)]
    [InlineData(M.Caseload, 15.2)]
    [InlineData(M.AgencyPercent, 13.0)]
    [InlineData(M.VacancyPercent, 14.2)]
    [InlineData(M.TurnoverPercent, 11.8)]
    public void England2025_IsThePublishedRow(string measure, double expected)
    {
        var england = Stats.Figure(measure, 2025, AreaRef.EnglandCode)!;
        Assert.Equal(expected, england.Value);
        Assert.False(england.IsDerived);
    }

    [Theory]
    [InlineData(M.ReferralRate, 519.4)]
    [InlineData(M.CinRate, 330.3)]
    [InlineData(M.Section47Rate, 189.3)]
    [InlineData(M.CppRate, 40.6)]
    [InlineData(M.IcpcWithin15WorkingDaysPercent, 81.4)]
    public void England2025_LaitOnlyMeasures_DerivedFromPublishedCounts(string measure, double expected)
    {
        var england = Stats.Figure(measure, 2025, AreaRef.EnglandCode)!;
        Assert.Equal(expected, england.Value);
        Assert.True(england.IsDerived);
    }

    [Fact]
    public void Kent2025_ValuesFromTheFiles()
    {
        Assert.Equal(21.6, Stats.Value(M.ReReferralPercent, 2025, "886"));
        Assert.Equal(87.2, Stats.Value(M.IcpcWithin15WorkingDaysPercent, 2025, "886"));
        Assert.Equal(1896, Stats.Value(M.ClaAt31March, 2025, "E10000016"));
        Assert.Equal(29, Stats.Value(M.Cla3PlusSocialWorkersPercent, 2024, "886"));
    }

    [Fact]
    public void SuppressedCells_AreMissingNotZero()
    {
        // City of London's CPP 2+ years count is suppressed ("c") in d5 2025 where EES publishes it.
        var suppressed = Stats.Slice(M.Cpp2YearsAt31MarchPercent, 2025)!.Authorities.Values.Where(f => f.Value is null).ToList();
        Assert.NotEmpty(suppressed);
        Assert.All(suppressed, f => Assert.False(string.IsNullOrEmpty(f.Marker)));
        Assert.Contains(suppressed, f => f.Marker is "c" or "x" or "z" or "u");
    }

    [Theory]
    [InlineData("c")]
    [InlineData("x")]
    [InlineData("z")]
    [InlineData("u")]
    [InlineData("low")]
    [InlineData(":")]
    [InlineData(".")]
    [InlineData("-")]
    [InlineData("")]
    [InlineData("940 / 941")]
    public void PublishedValue_Markers_AreMissing(string cell) => Assert.Null(PublishedValue.Parse(cell));

    [Fact]
    public void PublishedValue_Numbers_Parse() => Assert.Equal(4.9, PublishedValue.Parse("4.9000000000000004")!.Value, 10);

    [Fact]
    public void JointWorkforceReturn_AppliesToBothAuthorities()
    {
        var kingston = Stats.Figure(M.Caseload, 2025, "314")!;
        var richmond = Stats.Figure(M.Caseload, 2025, "318")!;
        Assert.Equal(13.9, kingston.Value);
        Assert.Equal(kingston.Value, richmond.Value);
        Assert.True(kingston.IsJointReturn);
    }

    [Fact]
    public void Calibration_Kent2025_And_England()
    {
        var kent = Stats.Calibration(PublishedData.La("Kent"), 2025)!;
        Assert.Equal(24035, kent.Referrals);
        Assert.Equal(1896, kent.ClaAt31March);
        Assert.Equal(355390, kent.Population0To17);
        Assert.NotNull(kent.SocialWorkerFte);

        var england = Stats.Calibration(null, 2025)!;
        Assert.Equal(632830, england.Referrals);
        Assert.Equal(61840, england.CppStarts);
        Assert.Equal(32270, england.ClaStarts);
        Assert.Equal(12183016, england.Population0To17);
    }

    [Fact]
    public void Polarities_MatchTheLaitDictionary()
    {
        var dictionary = Safeguard.Core.Published.CsvTable.Parse(File.OpenRead(Path.Combine(PublishedData.Directory, "lait_csc_measures_dictionary.csv")));
        int code = dictionary.Column("Measure_short"), polarity = dictionary.Column("Polarity");
        var lait = dictionary.Rows.ToDictionary(r => r[code].Trim(), r => r[polarity].Trim());
        foreach (var m in M.All.Where(m => m.LaitCode is not null && lait.ContainsKey(m.LaitCode)))
        {
            var expected = lait[m.LaitCode!] switch { "High" => Polarity.HigherIsBetter, "Low" => Polarity.LowerIsBetter, _ => Polarity.Neither };
            Assert.True(expected == m.Polarity, $"{m.Id} ({m.LaitCode}): LAIT {lait[m.LaitCode!]}, ours {m.Polarity}");
        }
    }
}
