using Safeguard.Core.Returns;

namespace Safeguard.Core.Tests.Returns;

public sealed class FindingsReportTests
{
    private static readonly Finding[] Findings =
    [
        new("8606", RuleSeverity.Error, "C1", "CPPstartDate", "Plan starts before the referral", FindingLocation.CinDetails(2, 1)),
        new("SW10STG2", RuleSeverity.Error, "C2", "SW_DECOM", "A new social worker episode has started before the end date", FindingLocation.Row("sw_episodes.csv", 6)),
        new("XSD", RuleSeverity.Error, "", "", "The element 'Child' has invalid child element 'Foo'.", FindingLocation.Xml(40, 7)),
        new("100", RuleSeverity.Query, "", "ReferenceDate", "Reference date is incorrect"),
    ];

    [Fact]
    public void Labels_SayWhereInTheirOwnReturn()
    {
        Assert.Equal(["CINdetails 2, item 1", "sw_episodes.csv line 6", "line 40, position 7", ""], Findings.Select(f => f.Location.Label));
        Assert.Equal("CINdetails 3", FindingLocation.CinDetails(3).Label);
        Assert.Same(FindingLocation.None, FindingLocation.CinDetails(null));
    }

    [Fact]
    public void Table_PrintsEachLocationInItsColumn_AndTheFieldsApart()
    {
        using var output = new StringWriter();

        FindingsReport.WriteTable(Findings, output);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("sw_episodes.csv line 6", lines[2], StringComparison.Ordinal);
        Assert.EndsWith("[SW_DECOM]", lines[2].TrimEnd(), StringComparison.Ordinal);
        Assert.DoesNotContain("CINdetails", lines[2], StringComparison.Ordinal);
        Assert.Contains("line 40, position 7", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_HasTheLabelAndItsParts()
    {
        using var output = new StringWriter();

        FindingsReport.WriteCsv(Findings, output);

        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("code,severity,child,location,cin_details,item,file,line,fields,message", lines[0]);
        Assert.Equal("8606,ERROR,C1,\"CINdetails 2, item 1\",2,1,,,CPPstartDate,Plan starts before the referral", lines[1]);
        Assert.StartsWith("SW10STG2,ERROR,C2,sw_episodes.csv line 6,,,sw_episodes.csv,6,SW_DECOM,", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("XSD,ERROR,,\"line 40, position 7\",,,,40,,", lines[3], StringComparison.Ordinal);
        Assert.Equal("100,QUERY,,,,,,,ReferenceDate,Reference date is incorrect", lines[4]);
    }
}
