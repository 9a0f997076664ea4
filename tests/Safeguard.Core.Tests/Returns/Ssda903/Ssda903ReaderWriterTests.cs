using Safeguard.Core.Returns.Ssda903;

namespace Safeguard.Core.Tests.Returns.Ssda903;

public sealed class Ssda903ReaderWriterTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "ssda903-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private static string SamplesDir()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            var candidate = Path.Combine(d.FullName, "tests", "Safeguard.Core.Tests", "Returns", "Ssda903", "Samples");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("Returns/Ssda903/Samples");
    }

    [Fact]
    public void WriteThenRead_EveryTable_RoundTrips()
    {
        var dob = new DateOnly(2010, 2, 3);
        var data = Ssda903RuleTests.Clean() with
        {
            Uasc = [new UascRow("C1", "F", dob, new DateOnly(2028, 2, 3))],
            Oc2 = [new Oc2Row("C1", dob, "12", null, "0", null, "1", "1", "1", "0", null, null)],
            Oc3 = [new Oc3Row("C1", dob, "YES", "F1", "B1")],
            Ad1 = [new Ad1Row("C1", dob, new DateOnly(2025, 1, 1), new DateOnly(2025, 2, 1), "1", "2", "MF", "L11")],
            PlacedAdoption = [new PlacedAdoptionRow("C1", dob, new DateOnly(2025, 1, 1), null, null)],
            PrevPerm = [new PrevPermRow("C1", dob, "Z1", null, null)],
            Header = [new HeaderRow("C1", "F", dob, "WBRI", "UN5", "1", new DateOnly(2025, 12, 1))],
            Episodes = [.. Ssda903RuleTests.Clean().Episodes, new EpisodeRow("C1", new DateOnly(2026, 1, 1), "T", "C2", "N1", "U6", "PR4", null, null, null,
                "AB1 2CD", "EF3 4GH", "SC123456")],
        };

        Ssda903Writer.WriteDirectory(data, _dir);
        var back = Ssda903Reader.ReadDirectory(_dir);

        Assert.Equal(
            ["ad1.csv", "episodes.csv", "header.csv", "missing.csv", "oc2.csv", "oc3.csv", "placed_for_adoption.csv", "prev_perm.csv", "reviews.csv", "sw_episodes.csv", "uasc.csv"],
            Directory.GetFiles(_dir).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(data.Header, back.Header);
        Assert.Equal(data.Episodes, back.Episodes);
        Assert.Equal(data.Reviews, back.Reviews);
        Assert.Equal(data.Uasc, back.Uasc);
        Assert.Equal(data.Missing, back.Missing);
        Assert.Equal(data.Oc2, back.Oc2);
        Assert.Equal(data.Oc3, back.Oc3);
        Assert.Equal(data.Ad1, back.Ad1);
        Assert.Equal(data.PlacedAdoption, back.PlacedAdoption);
        Assert.Equal(data.PrevPerm, back.PrevPerm);
        Assert.Equal(data.SwEpisodes, back.SwEpisodes);
    }

    [Fact]
    public void Writer_UsesExactColumnsAndDayMonthYearDates()
    {
        Ssda903Writer.WriteDirectory(Ssda903RuleTests.Clean(), _dir);

        var lines = File.ReadAllLines(Path.Combine(_dir, "episodes.csv"));
        Assert.Equal("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN", lines[0]);
        Assert.Equal("C1,01/06/2024,S,C2,N1,U4,PR1,01/06/2025,X1,CARPL,,AB1 2CD,", lines[1]);
        Assert.Equal("CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON", File.ReadAllLines(Path.Combine(_dir, "sw_episodes.csv"))[0]);
    }

    [Fact]
    public void Reader_IdentifiesTablesByColumns_NotFileName()
    {
        var data = Ssda903Reader.Read([("whatever.csv", new StringReader("DOB,CHILD,REVIEW_CODE,REVIEW\r\n01/02/2010,C7,PN1,03/04/2025\r\n"))]);

        Assert.Equal(new ReviewRow("C7", new DateOnly(2010, 2, 1), new DateOnly(2025, 4, 3), "PN1"), Assert.Single(data.Reviews));
    }

    [Fact]
    public void Reader_BadDate_SaysFileLineAndColumn()
    {
        var ex = Assert.Throws<Ssda903ReadException>(() => Ssda903Reader.Read([("missing.csv",
            new StringReader("CHILD,DOB,MISSING,MIS_START,MIS_END\nC1,01/01/2010,M,01/05/2025,\nC1,01/01/2010,M,2025-06-01,\n"))]));

        Assert.Equal(("missing.csv", 3, "MIS_START"), (ex.File, ex.Line, ex.Column));
        Assert.Contains("2025-06-01", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reader_UnknownColumns_NamesTheNearestTable()
    {
        var ex = Assert.Throws<Ssda903ReadException>(() => Ssda903Reader.Read([("h.csv", new StringReader("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER\n"))]));

        Assert.Contains("nearest is Header", ex.Message, StringComparison.Ordinal);
        Assert.Contains("missing MC_DOB", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reader_WrongNumberOfValues_SaysLine()
    {
        var ex = Assert.Throws<Ssda903ReadException>(() => Ssda903Reader.Read([("r.csv", new StringReader("CHILD,DOB,REVIEW,REVIEW_CODE\nC1,01/01/2010,01/05/2025\n"))]));

        Assert.Equal(2, ex.Line);
    }

    [Fact]
    public void Reader_QuotedValues_WithCommasAndQuotes()
    {
        var data = Ssda903Reader.Read([("h.csv", new StringReader("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n\"C,1\",F,01/01/2010,\"WB\"\"RI\",,,\n"))]);

        Assert.Equal(("C,1", "WB\"RI"), (data.Header[0].Child, data.Header[0].Ethnic));
    }

    /// <summary>
    /// The csc-validator-be-903 fake return (dates to 2018, SEX coded 1/2) read as it is, and judged against 2025-26:
    /// 101 fires on every header row (1/2 is no longer a sex code), 571 on missing episodes that ended years before the
    /// collection year, SW13 on its made-up reason SWLAZY, and 146 on the placement codes the 2025 lists dropped (H5, P2, Z1 stays).
    /// </summary>
    [Fact]
    public void Samples_ReadAndJudgedAgainst2025To26()
    {
        var data = Ssda903Reader.ReadDirectory(SamplesDir());

        Assert.Equal(2675, data.Header.Count);
        Assert.Equal(5050, data.Episodes.Count);
        Assert.Equal(12582, data.Reviews.Count);
        Assert.Equal(43, data.Missing.Count);
        Assert.Equal("SWLAZY", Assert.Single(data.SwEpisodes).SwReason);

        var findings = Ssda903Validator.Validate(data);
        Assert.Equal(data.Header.Count(h => h.Sex is not ("M" or "F" or "U")), findings.Count(f => f.Code == "101"));
        Assert.Equal(2675, findings.Count(f => f.Code == "101"));
        Assert.Contains(findings, f => f.Code == "571");
        Assert.Contains(findings, f => f.Code == "SW13STG1" && f.ChildId == "CHILD10");
        Assert.Equal(data.Episodes.Count(e => e.Place is "H5" or "P2"), findings.Count(f => f.Code == "146"));
    }
}
