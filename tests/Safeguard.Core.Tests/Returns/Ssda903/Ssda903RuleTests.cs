using Safeguard.Core.Returns;
using Safeguard.Core.Returns.Ssda903;
using Safeguard.Core.Returns.Ssda903.Rules;

namespace Safeguard.Core.Tests.Returns.Ssda903;

/// <summary>
/// Each covered rule against a clean 2025-26 return (must not fire) and the same return broken in the one way the rule
/// is about (must fire).
/// </summary>
public sealed class Ssda903RuleTests
{
    private static readonly DateOnly Dob = new(2012, 5, 1);

    /// <summary>A girl looked after since June 2024: foster placement, moved in June 2025, reviewed, once missing, two social workers.</summary>
    public static Ssda903Return Clean() => new()
    {
        Header = [new HeaderRow("C1", "F", Dob, "WBRI", "UN5", null, null)],
        Episodes =
        [
            new EpisodeRow("C1", D(2024, 6, 1), "S", "C2", "N1", "U4", "PR1", D(2025, 6, 1), "X1", "CARPL", null, "AB1 2CD", null),
            new EpisodeRow("C1", D(2025, 6, 1), "P", "C2", "N1", "U6", "PR4", null, null, null, null, "EF3 4GH", null),
        ],
        Reviews = [new ReviewRow("C1", Dob, D(2025, 9, 1), "PN1")],
        Missing = [new MissingRow("C1", Dob, "M", D(2025, 10, 1), D(2025, 10, 3))],
        SwEpisodes =
        [
            new SwEpisodeRow("C1", Dob, "XX000001", D(2024, 6, 1), D(2025, 7, 1), null),
            new SwEpisodeRow("C1", Dob, "SW123456", D(2025, 7, 1), null, null),
        ],
    };

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static Ssda903Return H(Func<HeaderRow, HeaderRow> f) { var c = Clean(); return c with { Header = [f(c.Header[0])] }; }
    private static Ssda903Return E1(Func<EpisodeRow, EpisodeRow> f) { var c = Clean(); return c with { Episodes = [f(c.Episodes[0]), c.Episodes[1]] }; }
    private static Ssda903Return E2(Func<EpisodeRow, EpisodeRow> f) { var c = Clean(); return c with { Episodes = [c.Episodes[0], f(c.Episodes[1])] }; }
    /// <summary>The child's one episode, closed or open, for single-episode rules.</summary>
    private static Ssda903Return Only(Func<EpisodeRow, EpisodeRow> f) =>
        Clean() with { Episodes = [f(new EpisodeRow("C1", D(2025, 6, 1), "S", "C2", "N1", "U4", "PR1", null, null, null, null, "AB1 2CD", null))] };
    private static Ssda903Return R(Func<ReviewRow, ReviewRow> f) { var c = Clean(); return c with { Reviews = [f(c.Reviews[0])] }; }
    private static Ssda903Return M(Func<MissingRow, MissingRow> f) { var c = Clean(); return c with { Missing = [f(c.Missing[0])] }; }
    private static Ssda903Return Sw(Func<SwEpisodeRow, SwEpisodeRow> f) { var c = Clean(); return c with { SwEpisodes = [c.SwEpisodes[0], f(c.SwEpisodes[1])] }; }
    private static Ssda903Return Closed(string rec, DateOnly dob, string place = "U6") =>
        E2(e => e with { Dec = D(2026, 1, 10), Rec = rec, Place = place }) with { Header = [Clean().Header[0] with { Dob = dob }] };

    private static readonly Dictionary<string, Func<Ssda903Return>> Broken = new(StringComparer.Ordinal)
    {
        ["101"] = () => H(h => h with { Sex = "1" }),
        ["102"] = () => H(h => h with { Dob = null }),
        ["103"] = () => H(h => h with { Ethnic = "XXXX" }),
        ["168"] = () => H(h => h with { Upn = "A12345" }),
        ["209"] = () => H(h => h with { Upn = "UN1" }),
        ["210"] = () => H(h => h with { Upn = "UN4" }),
        ["232"] = () => H(h => h with { Sex = "U" }),
        ["301"] = () => H(h => h with { Dob = D(2026, 4, 2) }),
        ["351"] = () => H(h => h with { Dob = D(2000, 1, 1) }),
        ["442"] = () => H(h => h with { Upn = null }),
        ["444"] = () => Clean() with { Header = [Clean().Header[0] with { Upn = "A000000000001" }, new HeaderRow("C2", "M", Dob, "WBRI", "A000000000001", null, null)] },
        ["INT32"] = () => Clean() with { Header = [Clean().Header[0], Clean().Header[0]] },
        ["INT03"] = () => H(h => h with { Child = "OTHER" }) with { Reviews = [], Missing = [] },
        ["INT04"] = () => M(m => m with { Child = "C9" }),
        ["INT08"] = () => R(r => r with { Child = "C9" }),
        ["INT13"] = () => M(m => m with { Dob = D(2012, 5, 2) }),
        ["INT17"] = () => R(r => r with { Dob = D(2012, 5, 2) }),
        ["141"] = () => E2(e => e with { Decom = null }),
        ["143"] = () => E2(e => e with { Rne = "Q" }),
        ["144"] = () => E2(e => e with { Ls = "C3" }),
        ["145"] = () => E2(e => e with { Cin = "N9" }),
        ["146"] = () => E2(e => e with { Place = "H5" }),
        ["148"] = () => E2(e => e with { Dec = D(2026, 1, 1) }),
        ["149"] = () => E2(e => e with { Dec = D(2026, 1, 1), Rec = "E43" }),
        ["178"] = () => E2(e => e with { PlaceProvider = "PR9" }),
        ["1009"] = () => E1(e => e with { ReasonPlaceChange = "BORED" }),
        ["353"] = () => E1(e => e with { Decom = D(1991, 10, 13) }),
        ["354"] = () => E2(e => e with { Decom = D(2026, 4, 1) }),
        ["385"] = () => E2(e => e with { Dec = D(2026, 4, 1), Rec = "E8" }),
        ["355"] = () => E2(e => e with { Dec = D(2025, 6, 1), Rec = "E8" }),
        ["356"] = () => E2(e => e with { Dec = D(2025, 5, 1), Rec = "E8" }),
        ["142"] = () => E1(e => e with { Dec = null, Rec = null, ReasonPlaceChange = null }),
        ["302"] = () => H(h => h with { Dob = D(2024, 7, 1) }),
        ["357"] = () => Only(e => e with { Rne = "P" }),
        ["388"] = () => E2(e => e with { Dec = D(2026, 1, 1), Rec = "X1" }),
        ["431"] = () => E2(e => e with { Rne = "S" }),
        ["432"] = () => E1(e => e with { Rec = "E8", ReasonPlaceChange = null }),
        ["433"] = () => E1(e => e with { Dec = D(2025, 5, 30) }),
        ["434"] = () => E2(e => e with { Rne = "L" }),
        ["435"] = () => E2(e => e with { Ls = "E1" }),
        ["436"] = () => E2(e => e with { Rne = "B" }),
        ["437"] = () => E1(e => e with { Rec = "E2" }),
        ["501"] = () => E1(e => e with { Dec = D(2025, 6, 2) }),
        ["504"] = () => E2(e => e with { Cin = "N2" }),
        ["217"] = () => E2(e => e with { Place = "A3", Ls = "E1", Rne = "B" }),
        ["225"] = () => E1(e => e with { ReasonPlaceChange = null }),
        ["226"] = () => E1(e => e with { Place = "T2" }),
        ["233"] = () => E2(e => e with { ReasonPlaceChange = "CARPL" }),
        ["234"] = () => E1(e => e with { ReasonPlaceChange = "CUSTOD" }) with { Header = [Clean().Header[0] with { Dob = D(2016, 1, 1) }] },
        ["352"] = () => Only(e => e) with { Header = [Clean().Header[0] with { Dob = D(2007, 5, 1) }] },
        ["358"] = () => Only(e => e with { Ls = "J1" }) with { Header = [Clean().Header[0] with { Dob = D(2016, 1, 1) }] },
        ["361"] = () => Only(e => e with { Ls = "L1", Dec = D(2025, 6, 5), Rec = "E4A" }),
        ["362"] = () => Only(e => e with { Ls = "L2", Dec = D(2025, 6, 23), Rec = "E4A" }),
        ["363"] = () => Only(e => e with { Ls = "L3", Dec = D(2025, 6, 9), Rec = "E4A" }),
        ["365"] = () => Only(e => e with { Ls = "V3", Dec = D(2025, 6, 19), Rec = "E4A" }),
        ["366"] = () => E2(e => e with { Ls = "V3" }) with { Episodes = [Clean().Episodes[0] with { Ls = "V3" }, Clean().Episodes[1] with { Ls = "V3" }] },
        ["371"] = () => Only(e => e with { Place = "K3", PlaceProvider = "PR4" }),
        ["372"] = () => Only(e => e with { Place = "R5", PlaceProvider = "PR3" }) with { Header = [Clean().Header[0] with { Dob = D(2016, 1, 1) }] },
        ["373"] = () => Only(e => e with { Place = "S1" }) with { Header = [Clean().Header[0] with { Dob = D(2022, 1, 1) }] },
        ["374"] = () => Only(e => e with { Place = "P3" }),
        ["375"] = () => E2(e => e with { Place = "T1", Dec = D(2025, 7, 14), Rec = "X1" }) with { Episodes = [Clean().Episodes[0], Clean().Episodes[1] with { Place = "T1", Dec = D(2025, 7, 14), Rec = "X1" }, new EpisodeRow("C1", D(2025, 7, 14), "P", "C2", "N1", "U6", "PR4", null, null, null, null, "EF3 4GH", null)] },
        ["376"] = () => Clean() with { Episodes = [Clean().Episodes[0], Clean().Episodes[1] with { Place = "T3", Dec = D(2025, 6, 23), Rec = "X1" }, new EpisodeRow("C1", D(2025, 6, 23), "P", "C2", "N1", "U6", "PR4", null, null, null, null, "EF3 4GH", null)] },
        ["377"] = () => Clean() with { Episodes = [Clean().Episodes[0],
            .. Enumerable.Range(0, 3).SelectMany(k => new[]
            {
                new EpisodeRow("C1", D(2025, 6 + (2 * k), 1), k == 0 ? "P" : "T", "C2", "N1", "T3", "PR1", D(2025, 6 + (2 * k), 5), "X1", null, null, "T1 1TT", null),
                new EpisodeRow("C1", D(2025, 6 + (2 * k), 5), "T", "C2", "N1", "U6", "PR4", k == 2 ? null : D(2025, 7 + (2 * k), 1), k == 2 ? null : "X1", null, null, "EF3 4GH", null),
            })] },
        ["378"] = () => Only(e => e with { Place = "P1", PlaceProvider = "PR0", Ls = "V2" }),
        ["379"] = () => Clean() with { Episodes = [Clean().Episodes[0], Clean().Episodes[1] with { Place = "T4", Dec = D(2025, 6, 9), Rec = "X1" }, new EpisodeRow("C1", D(2025, 6, 9), "P", "C2", "N1", "U6", "PR4", null, null, null, null, "EF3 4GH", null)] },
        ["380"] = () => Only(e => e with { Place = "T0" }),
        ["381"] = () => E2(e => e with { Place = "T0", Dec = D(2025, 7, 1), Rec = "E8" }),
        ["382"] = () => Only(e => e with { Ls = "V4", Place = "T0", Rne = "S" }),
        ["384"] = () => Only(e => e with { Ls = "V3" }),
        ["386"] = () => Closed("E11", D(2007, 6, 1), "A4"),
        ["387"] = () => Closed("E5", D(2013, 6, 1)),
        ["389"] = () => Closed("E7", D(2011, 6, 1)),
        ["390"] = () => Closed("E12", Dob, "U6"),
        ["407"] = () => Closed("E45", D(2007, 6, 1)),
        ["460"] = () => Closed("E17", D(2009, 6, 1)),
        ["408"] = () => E2(e => e with { Place = "A6" }),
        ["446"] = () => Only(e => e with { Ls = "E1", Decom = D(2005, 1, 1), Rne = "S" }),
        ["527"] = () => E2(e => e with { PlaceProvider = "PR1", Place = "R2" }),
        ["528"] = () => E2(e => e with { PlaceProvider = "PR2", Place = "R5" }),
        ["529"] = () => E2(e => e with { PlaceProvider = "PR3" }),
        ["530"] = () => E2(e => e with { PlaceProvider = "PR4", Place = "P1" }),
        ["531"] = () => E2(e => e with { PlaceProvider = "PR5", Place = "P1" }),
        ["550"] = () => E2(e => e with { PlaceProvider = "PR0" }),
        ["166"] = () => R(r => r with { Review = null }),
        ["167"] = () => R(r => r with { ReviewCode = "PN8" }),
        ["440"] = () => R(r => r with { ReviewCode = "PN0" }),
        ["441"] = () => R(r => r with { Review = D(2016, 1, 1) }),
        ["1004"] = () => M(m => m with { MisStart = null }),
        ["1006"] = () => M(m => m with { Missing = "X" }),
        ["565"] = () => M(m => m with { Missing = null, MisEnd = null }),
        ["566"] = () => M(m => m with { Missing = null }),
        ["567"] = () => M(m => m with { MisEnd = D(2025, 9, 30) }),
        ["570"] = () => M(m => m with { MisStart = D(2026, 4, 2), MisEnd = null }),
        ["571"] = () => M(m => m with { MisEnd = D(2026, 4, 2) }),
        ["574"] = () => Clean() with { Missing = [Clean().Missing[0], Clean().Missing[0] with { MisStart = D(2025, 10, 2), MisEnd = D(2025, 10, 4) }] },
        ["575"] = () => M(m => m with { MisStart = D(2025, 5, 1), MisEnd = null }),
        ["577"] = () => E2(e => e with { Dec = D(2026, 1, 1), Rec = "E8" }) with { Missing = [Clean().Missing[0] with { MisEnd = null }] },
        ["578"] = () => E2(e => e with { Dec = D(2025, 9, 1), Rec = "E4A" }),
        ["580"] = () => E2(e => e with { Dec = D(2025, 10, 2), Rec = "E4A" }),
        ["581"] = () => M(m => m with { MisStart = D(2024, 5, 1), MisEnd = D(2024, 5, 2) }),
        ["586"] = () => M(m => m with { MisStart = D(2012, 4, 1) }),
        ["SW01aSTG1"] = () => Sw(s => s with { SwId = null }),
        ["SW02STG1"] = () => Sw(s => s with { SwId = "AB123" }),
        ["SW06STG2"] = () => Sw(s => s with { SwDecom = D(2026, 4, 1) }),
        ["SW07STG2"] = () => Sw(s => s with { SwDec = D(2026, 4, 1) }),
        ["SW08STG2"] = () => Clean() with { SwEpisodes = [Clean().SwEpisodes[0] with { SwDec = null }, Clean().SwEpisodes[1]] },
        ["SW09STG2"] = () => Sw(s => s with { SwDec = D(2025, 7, 1) }),
        ["SW10STG2"] = () => Clean() with { SwEpisodes = [Clean().SwEpisodes[0] with { SwDec = D(2025, 8, 1) }, Clean().SwEpisodes[1]] },
        ["SW13STG1"] = () => Sw(s => s with { SwReason = "SWLAZY" }),
        ["SW17STG2"] = () => Clean() with { SwEpisodes = [Clean().SwEpisodes[0]] },
    };

    public static TheoryData<string> Codes() => [.. Ssda903Ruleset.Lac2025To26.Rules.Select(r => r.Code)];

    [Fact]
    public void CleanReturn_NoRuleFires()
    {
        var findings = Ssda903Validator.Validate(Clean());

        Assert.Empty(findings);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void EveryCoveredRule_FiresOnItsBrokenReturn(string code)
    {
        Assert.True(Broken.ContainsKey(code), $"no broken return for rule {code}");

        var findings = Ssda903Validator.Validate(Broken[code]());

        Assert.Contains(findings, f => f.Code == code);
    }

    [Fact]
    public void Rule357_FirstEpisodeStartedBeforeTheYear_IsNotJudged()
    {
        var data = Clean() with { Episodes = [Clean().Episodes[1] with { Decom = D(2025, 3, 1) }] };

        Assert.DoesNotContain(Ssda903Validator.Validate(data), f => f.Code == "357");
    }

    [Fact]
    public void Rule225_ReasonNotNeededWhenLeavingATemporaryPlacement()
    {
        var data = E1(e => e with { Place = "T1", ReasonPlaceChange = null, Decom = D(2025, 5, 20) });

        Assert.DoesNotContain(Ssda903Validator.Validate(data), f => f.Code == "225");
    }

    [Fact]
    public void Finding_NamesTheFileAndLineOfTheRow()
    {
        var finding = Assert.Single(Ssda903Validator.Validate(E2(e => e with { Cin = "N9" })), f => f.Code == "145");

        Assert.Equal("C1", finding.ChildId);
        Assert.Equal(FindingLocation.Row("episodes.csv", 3), finding.Location);
        Assert.Equal("episodes.csv line 3", finding.Location.Label);
        Assert.StartsWith("CIN", finding.Fields, StringComparison.Ordinal);
    }
}
