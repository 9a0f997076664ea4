using Safeguard.Core.Returns.Cin;
using static Safeguard.Core.Tests.Returns.Cin.CinTestData;

namespace Safeguard.Core.Tests.Returns.Cin;

/// <summary>
/// The fake census files from other people (Samples/README.md), validated under the 2025-26 rules. Each names rule
/// codes that must fire, reasoned from the file's contents. None of them passes the 2026 XSD.
/// </summary>
public sealed class CinSampleFileTests
{
    [Theory]
    // ReferenceDate 2023-03-28 is not 31/03/2026 (100); both DOB and expected DOB (8525Q); UPN A123456789123 has the
    // wrong check letter (1510) and LA code 234 is not one (1530); death 1980 is outside the year (8545Q).
    [InlineData("CIN_header_issues_100.xml", "100 8525Q 1510 1530 8545Q")]
    // Only HAND and HEAR are used in the whole return: 2 codes, not more than 7 (2887Q); 2023 reference date (100).
    [InlineData("CIN_la_issues_2887Q.xml", "2887Q 100")]
    // Assessment starts 1970-06-03, before the 1970-10-06 referral (1103); S47 starts 1970-06-02, before it (2889);
    // CP plan starts 1970-02-17, before it (1105); ICPC at both S47 and CINdetails level (2884).
    [InlineData("CIN_Census_2021.xml", "1103 2889 1105 2884")]
    // Same child as CIN_Census_2021 but the assessment has no completion date on a closed episode (8867).
    [InlineData("CIN_Census_2021_copy.xml", "8867 2889 1105")]
    [InlineData("CIN_Census_2021_no_assessment_factors.xml", "8867 2889")]
    // Two CP plans with identical dates overlap (8940) and end after the 2023 census year... (8930).
    [InlineData("CIN2rows.xml", "8940 8930")]
    // BAR (Barnet) sample: born 1966 with an expected DOB too (8525Q); S47 on 1970-02-02, before the referral (2889).
    [InlineData("BAR_cin_2022.xml", "8525Q 2889 100")]
    // <Sex>1</Sex> is a GenderCurrent code, not M/F/U (4180); "child_fails_assessments" is 23 characters with
    // underscores (1570, 1580); its assessment starts 2028-04-28 after its 2020 completion (8608).
    [InlineData("CIN_Census_2024.xml", "4180 1570 1580 8608")]
    // As 2024 plus a PreProceedingsandFGDM block, which no XSD knows: the rules still run.
    [InlineData("CIN_Census_2026.xml", "4180 1570 1580 8608")]
    // 332 children from 2022: many ReferralNFA=true episodes carry assessments (8831); UPNs with made-up LA codes
    // (1530); old GenderCurrent 0/9 codes map to U for more than 2% of children (2886Q).
    [InlineData("fake_CIN_data.xml", "8831 1530 2886Q 100")]
    public void SampleFile_FiresTheRulesItWasBuiltToBreak(string file, string codes)
    {
        var result = CensusValidator.ValidateFile(SamplePath(file));
        Assert.False(result.Schema.IsValid);
        var fired = result.Findings.Select(f => f.Code).ToHashSet();
        foreach (var code in codes.Split(' '))
            Assert.True(fired.Contains(code), $"{file}: expected {code}; fired {string.Join(' ', fired.Order())}");
    }

    [Fact]
    public void SampleFile_StrayTextAndUnknownBlock_RefusedByStrictImport()
    {
        var ex = Assert.Throws<CensusReadException>(() => CinCensusReader.ReadFile(SamplePath("CIN_Census_2026.xml")));
        Assert.Contains("Unexpected text", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Line > 1);
    }

    [Fact]
    public void SampleFile_Fake332Children_AllRead()
    {
        var census = CinCensusReader.ReadFile(SamplePath("fake_CIN_data.xml"), CinReaderOptions.Lenient);
        Assert.Equal(332, census.Children.Count);
    }
}
