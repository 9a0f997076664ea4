using Safeguard.Core.Returns;
using Safeguard.Core.Returns.Cin;
using Safeguard.Core.Returns.Cin.Rules;
using static Safeguard.Core.Tests.Returns.Cin.CinTestData;

namespace Safeguard.Core.Tests.Returns.Cin;

public sealed class CensusValidatorTests
{
    [Fact]
    public void ValidGeneratedCensus_PassesSchemaAndEveryRule()
    {
        using var xml = ToXml(ValidCensus(50));
        var result = CensusValidator.Validate(xml);
        Assert.Empty(result.Schema.Errors);
        Assert.Empty(result.Findings);
        Assert.Equal(50, result.ChildrenChecked);
        Assert.True(result.IsClean);
    }

    [Fact]
    public void Ruleset2025To26_HasExactlyTheDfeRuleCodes()
    {
        var csv = File.ReadAllLines(RepoFile("data", "returns", "cin", "rules", "cin_rules_cin2025_26.csv"))
            .Skip(1).Select(l => l.Split(',')[0]).ToHashSet();
        var codes = CinRuleset.Cin2025To26.Rules.Select(r => r.Code).ToList();
        Assert.Equal(109, codes.Count);
        Assert.Equal(csv.Order(), codes.Order());
    }

    [Fact]
    public void Ruleset_QueriesCarryQuerySeverity()
    {
        foreach (var rule in CinRuleset.Latest.Rules)
            Assert.Equal(rule.Code.EndsWith('Q') ? RuleSeverity.Query : RuleSeverity.Error, rule.Severity);
    }

    [Fact]
    public void Rule100_ReferenceDateNot31March_Fires()
    {
        var census = ValidCensus() with { Header = Header() with { ReferenceDate = new DateOnly(2026, 3, 28) } };
        Assert.Contains(CensusValidator.Validate(census), f => f.Code == "100" && f.ChildId == "");
    }

    [Fact]
    public void Rule100_ReferenceDateMissing_Fires() =>
        Assert.Contains(CensusValidator.Validate(ValidCensus() with { Header = Header() with { ReferenceDate = null } }), f => f.Code == "100");

    [Fact]
    public void Rule100_Reference31March2026_DoesNotFire() =>
        Assert.DoesNotContain(CensusValidator.Validate(ValidCensus()), f => f.Code == "100");

    [Fact]
    public void Rule8510_DuplicateLaChildId_ReportsEveryHolder()
    {
        var census = ValidCensus() with { Children = [DisabledChild(1), ValidChild(2), ValidChild(3).WithIds(i => i with { LaChildId = "CHILD000002" })] };
        var found = CensusValidator.Validate(census).Where(f => f.Code == "8510").ToList();
        Assert.Equal(2, found.Count);
    }

    [Fact]
    public void Rule8510_DistinctIds_DoesNotFire() =>
        Assert.DoesNotContain(CensusValidator.Validate(ValidCensus(5)), f => f.Code == "8510");

    [Fact]
    public void Rule1520_SharedUpn_Fires()
    {
        var census = ValidCensus() with { Children = [DisabledChild(1), ValidChild(2), ValidChild(3).WithIds(i => i with { Upn = Upn(2) })] };
        Assert.Equal(["CHILD000002", "CHILD000003"], CensusValidator.Validate(census).Where(f => f.Code == "1520").Select(f => f.ChildId));
    }

    [Fact]
    public void Rule1520_DistinctUpns_DoesNotFire() =>
        Assert.DoesNotContain(CensusValidator.Validate(ValidCensus(5)), f => f.Code == "1520");

    [Fact]
    public void Rule2886Q_MoreThanTwoPercentBornWithSexU_Fires()
    {
        var census = ValidCensus(10) with { Children = [.. ValidCensus(10).Children.Take(9), ValidChild(10).WithIds(i => i with { Sex = "U" })] };
        Assert.Contains(CensusValidator.Validate(census), f => f.Code == "2886Q");
    }

    [Fact]
    public void Rule2886Q_UnbornWithSexU_DoesNotFire()
    {
        var unborn = ValidChild(10).WithIds(i => i with { Sex = "U", PersonBirthDate = null, ExpectedPersonBirthDate = new DateOnly(2026, 5, 1) });
        var census = ValidCensus(10) with { Children = [.. ValidCensus(10).Children.Take(9), unborn] };
        Assert.DoesNotContain(CensusValidator.Validate(census), f => f.Code == "2886Q");
    }

    [Fact]
    public void Rule2887Q_SevenOrFewerDisabilityCodes_Fires()
    {
        var census = ValidCensus() with { Children = [ValidChild(1) with { Characteristics = new ChildCharacteristics { Ethnicity = "WBRI", Disabilities = ["MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR"] } }] };
        Assert.Contains(CensusValidator.Validate(census), f => f.Code == "2887Q");
    }

    [Fact]
    public void Rule2887Q_EightDisabilityCodes_DoesNotFire() =>
        Assert.DoesNotContain(CensusValidator.Validate(ValidCensus()), f => f.Code == "2887Q");

    [Fact]
    public void Rule2888Q_EveryDisabledChildHasOneCode_Fires()
    {
        var census = ValidCensus() with
        {
            Children = [.. new[] { "MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS" }.Select((d, i) =>
                ValidChild(i + 1) with { Characteristics = new ChildCharacteristics { Ethnicity = "WBRI", Disabilities = [d] } })],
        };
        var findings = CensusValidator.Validate(census);
        Assert.Contains(findings, f => f.Code == "2888Q");
        Assert.DoesNotContain(findings, f => f.Code == "2887Q");
    }

    [Fact]
    public void Rule2888Q_OneChildWithSeveralCodes_DoesNotFire() =>
        Assert.DoesNotContain(CensusValidator.Validate(ValidCensus()), f => f.Code == "2888Q");

    [Fact]
    public void Validate_SchemaBreach_ReportedWithLineAndRulesStillRun()
    {
        using var xml = ToXml(ValidCensus() with { Children = [DisabledChild(1), ValidChild(2).WithIds(i => i with { Sex = "X" })] });
        var result = CensusValidator.Validate(xml);
        var error = Assert.Single(result.Schema.Errors);
        Assert.True(error.Line > 1);
        Assert.Contains("Sex", error.Message, StringComparison.Ordinal);
        Assert.Contains(result.Findings, f => f.Code == "4180" && f.ChildId == "CHILD000002");
        Assert.Equal("XSD", result.AllFindings()[0].Code);
    }

    [Fact]
    public void Validate_BankHolidayCalendar_CountsFewerWorkingDays()
    {
        // Open since Mon 26 Jan 2026: 46 Monday-to-Friday days to 31 March, so 8670Q fires under the DfE count; a
        // calendar with a (made-up) holiday on 2 March counts 45 and stays quiet. The calendar is injectable.
        var child = ValidChild(2).WithEpisode(e => e.WithAssessment(a => a with { ActualStartDate = new DateOnly(2026, 1, 26), AuthorisationDate = null, Factors = [] }));
        var census = ValidCensus() with { Children = [DisabledChild(1), child] };
        var holidays = new Safeguard.Core.Clock.WorkingDayCalendar([new DateOnly(2026, 3, 2)]);
        Assert.Contains(CensusValidator.Validate(census), f => f.Code == "8670Q");
        Assert.DoesNotContain(CensusValidator.Validate(census, calendar: holidays), f => f.Code == "8670Q");
    }

    [Fact]
    public void Validate_SixteenThousandChildren_ChecksEveryChildOfAValidCensusAndFindsNothing()
    {
        // Speed is shown by the bench (docs/performance.md), never timed here.
        var census = ValidCensus(16_600);
        using var xml = ToXml(census);
        var result = CensusValidator.Validate(xml);
        Assert.Equal(16_600, result.ChildrenChecked);
        Assert.Empty(result.Findings);
    }

    private static string RepoFile(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine([dir.FullName, .. parts]);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException(Path.Combine(parts));
    }
}
