namespace Safeguard.Core.Returns.Ssda903.Rules;

/// <summary>An episode rule that looks at the row alone (and the child's age).</summary>
public abstract class SingleEpisodeRule(string code) : EpisodeRule(code)
{
    protected sealed override bool Fails(ChildEpisodes child, int i, Ssda903Context context) => Fails(child.Rows[i], child, context);

    protected abstract bool Fails(EpisodeRow e, ChildEpisodes child, Ssda903Context c);
}

/// <summary>141: DECOM given.</summary>
public sealed class Rule141() : SingleEpisodeRule("141")
{
    protected override bool Fails(EpisodeRow e, ChildEpisodes child, Ssda903Context c) => e.Decom is null;
}

/// <summary>143: RNE valid.</summary>
public sealed class Rule143() : SingleEpisodeRule("143")
{
    protected override bool Fails(EpisodeRow e, ChildEpisodes child, Ssda903Context c) => !Ssda903Codes.ReasonForNewEpisode.Contains(e.Rne ?? "");
}

/// <summary>144: LS valid.</summary>
public sealed class Rule144() : SingleEpisodeRule("144")
{
    protected override bool Fails(EpisodeRow e, ChildEpisodes child, Ssda903Context c) => !Ssda903Codes.LegalStatus.Contains(e.Ls ?? "");
}

/// <summary>145: CIN is N1–N8.</summary>
public sealed class Rule145() : SingleEpisodeRule("145")
{
    protected override bool Fails(EpisodeRow e, ChildEpisodes child, Ssda903Context c) => !Ssda903Codes.CategoryOfNeed.Contains(e.Cin ?? "");
}

/// <summary>146: PLACE valid in the 2026 list (K3, Z11–Z14; no H5 or P2).</summary>
public sealed class Rule146() : SingleEpisodeRule("146")
{
    protected override bool Fails(EpisodeRow e, ChildEpisodes child, Ssda903Context c) => !Ssda903Codes.Placement.Contains(e.Place ?? "");
}

/// <summary>148: DEC and REC both given or both blank.</summary>
public sealed class Rule148() : SingleEpisodeRule("148")
{
    protected override bool Fails(EpisodeRow e, ChildEpisodes child, Ssda903Context c) => (e.Dec is null) != (e.Rec is null);
}

/// <summary>149: REC valid when given.</summary>
public sealed class Rule149() : SingleEpisodeRule("149")
{
    protected override bool Fails(EpisodeRow e, ChildEpisodes child, Ssda903Context c) => e.Rec is { } r && !Ssda903Codes.ReasonCeased.Contains(r);
}

/// <summary>178: PLACE_PROVIDER valid when given.</summary>
public sealed class Rule178() : SingleEpisodeRule("178")
{
    protected override bool Fails(EpisodeRow e, ChildEpisodes child, Ssda903Context c) =>
        e.PlaceProvider is { } p && !Ssda903Codes.PlacementProvider.Contains(p);
}

/// <summary>1009: REASON_PLACE_CHANGE valid when given.</summary>
public sealed class Rule1009() : SingleEpisodeRule("1009")
{
    protected override bool Fails(EpisodeRow e, ChildEpisodes child, Ssda903Context c) =>
        e.ReasonPlaceChange is { } r && !Ssda903Codes.ReasonPlaceChange.Contains(r);
}

/// <summary>217: placed for adoption with the current foster carers (A3, A5) from 1 April 2015 needs RNE S, T or U.</summary>
public sealed class Rule217() : SingleEpisodeRule("217")
{
    protected override bool Fails(EpisodeRow e, ChildEpisodes child, Ssda903Context c) =>
        e.Place is "A3" or "A5" && e.Decom >= new DateOnly(2015, 4, 1) && e.Rne is not ("S" or "T" or "U");
}

/// <summary>226: no reason for placement change on a temporary placement.</summary>
public sealed class Rule226() : SingleEpisodeRule("226")
{
    protected override bool Fails(EpisodeRow e, ChildEpisodes child, Ssda903Context c) => Ssda903Codes.IsTemporary(e.Place) && e.ReasonPlaceChange is not null;
}

/// <summary>233: no reason for placement change while the episode has not ceased.</summary>
public sealed class Rule233() : SingleEpisodeRule("233")
{
    protected override bool Fails(EpisodeRow e, ChildEpisodes child, Ssda903Context c) => e.Dec is null && e.ReasonPlaceChange is not null;
}

/// <summary>234: under 10 cannot change placement for custody (CUSTOD).</summary>
public sealed class Rule234() : SingleEpisodeRule("234")
{
    protected override bool Fails(EpisodeRow e, ChildEpisodes child, Ssda903Context c) => e.ReasonPlaceChange == "CUSTOD" && child.AgeOn(e.Dec) < 10;
}

/// <summary>352: started to be looked after aged 18 or over.</summary>
public sealed class Rule352() : SingleEpisodeRule("352")
{
    protected override bool Fails(EpisodeRow e, ChildEpisodes child, Ssda903Context c) => e.Rne == "S" && child.AgeOn(e.Decom) >= 18;
}

/// <summary>353: no episode before 14 October 1991.</summary>
public sealed class Rule353() : SingleEpisodeRule("353")
{
    protected override bool Fails(EpisodeRow e, ChildEpisodes child, Ssda903Context c) => e.Decom < new DateOnly(1991, 10, 14);
}

/// <summary>354: DECOM on or before the end of the year.</summary>
public sealed class Rule354() : SingleEpisodeRule("354")
{
    protected override bool Fails(EpisodeRow e, ChildEpisodes child, Ssda903Context c) => e.Decom > c.Year.End;
}

/// <summary>385: DEC on or before the end of the year.</summary>
public sealed class Rule385() : SingleEpisodeRule("385")
{
    protected override bool Fails(EpisodeRow e, ChildEpisodes child, Ssda903Context c) => e.Dec > c.Year.End;
}

/// <summary>355: an episode starting and ending the same day.</summary>
public sealed class Rule355() : SingleEpisodeRule("355")
{
    protected override bool Fails(EpisodeRow e, ChildEpisodes child, Ssda903Context c) => e.Decom is not null && e.Dec == e.Decom;
}

/// <summary>356: DEC before DECOM.</summary>
public sealed class Rule356() : SingleEpisodeRule("356")
{
    protected override bool Fails(EpisodeRow e, ChildEpisodes child, Ssda903Context c) => e.Dec < e.Decom;
}

/// <summary>358: legal status J1–J3 (youth justice) under 10 at DECOM.</summary>
public sealed class Rule358() : SingleEpisodeRule("358")
{
    protected override bool Fails(EpisodeRow e, ChildEpisodes child, Ssda903Context c) => e.Ls is "J1" or "J2" or "J3" && child.AgeOn(e.Decom) < 10;
}

/// <summary>A legal status or placement that may last at most a number of days in one episode (361–363, 365, 375, 376, 379).</summary>
public abstract class MaximumDaysRule(string code, Func<EpisodeRow, bool> applies, int days) : SingleEpisodeRule(code)
{
    protected sealed override bool Fails(EpisodeRow e, ChildEpisodes child, Ssda903Context c) => applies(e) && ChildEpisodes.Days(e) > days;
}

/// <summary>361: police protection (L1) over 72 hours.</summary>
public sealed class Rule361() : MaximumDaysRule("361", e => e.Ls == "L1", 3);

/// <summary>362: emergency protection order (L2) over 21 days.</summary>
public sealed class Rule362() : MaximumDaysRule("362", e => e.Ls == "L2", 21);

/// <summary>363: child assessment order (L3) over 7 days.</summary>
public sealed class Rule363() : MaximumDaysRule("363", e => e.Ls == "L3", 7);

/// <summary>365: one short break (V3) over 17 days.</summary>
public sealed class Rule365() : MaximumDaysRule("365", e => e.Ls == "V3", 17);

/// <summary>375: hospital as a temporary placement (T1) over six weeks.</summary>
public sealed class Rule375() : MaximumDaysRule("375", e => e.Place == "T1", 42);

/// <summary>376: carer's holiday (T3) over three weeks.</summary>
public sealed class Rule376() : MaximumDaysRule("376", e => e.Place == "T3", 21);

/// <summary>379: T4 (seven days or less) over seven days.</summary>
public sealed class Rule379() : MaximumDaysRule("379", e => e.Place == "T4", 7);

/// <summary>A placement with a minimum age at DECOM (371–374).</summary>
public abstract class MinimumAgeRule(string code, string place, int age) : SingleEpisodeRule(code)
{
    protected sealed override bool Fails(EpisodeRow e, ChildEpisodes child, Ssda903Context c) => e.Place == place && child.AgeOn(e.Decom) < age;
}

/// <summary>371: supported accommodation (K3) under 16.</summary>
public sealed class Rule371() : MinimumAgeRule("371", "K3", 16);

/// <summary>372: young offender institution (R5) under 10.</summary>
public sealed class Rule372() : MinimumAgeRule("372", "R5", 10);

/// <summary>373: residential school (S1) under 4.</summary>
public sealed class Rule373() : MinimumAgeRule("373", "S1", 4);

/// <summary>374: residential employment (P3) under 14.</summary>
public sealed class Rule374() : MinimumAgeRule("374", "P3", 14);

/// <summary>378: placed with parents (P1) under a single s20 period (V2).</summary>
public sealed class Rule378() : SingleEpisodeRule("378")
{
    protected override bool Fails(EpisodeRow e, ChildEpisodes child, Ssda903Context c) => e.Place == "P1" && e.Ls == "V2";
}

/// <summary>380: a period of care cannot start in a temporary placement.</summary>
public sealed class Rule380() : SingleEpisodeRule("380")
{
    protected override bool Fails(EpisodeRow e, ChildEpisodes child, Ssda903Context c) => e.Rne == "S" && Ssda903Codes.IsTemporary(e.Place);
}

/// <summary>381: a period of care cannot end in a temporary placement.</summary>
public sealed class Rule381() : SingleEpisodeRule("381")
{
    protected override bool Fails(EpisodeRow e, ChildEpisodes child, Ssda903Context c) =>
        e.Rec is not null and not "X1" && Ssda903Codes.IsTemporary(e.Place);
}

/// <summary>382: short breaks (V3/V4) cannot be in a temporary placement.</summary>
public sealed class Rule382() : SingleEpisodeRule("382")
{
    protected override bool Fails(EpisodeRow e, ChildEpisodes child, Ssda903Context c) => Ssda903Codes.IsRespite(e.Ls) && Ssda903Codes.IsTemporary(e.Place);
}

/// <summary>384: short breaks (V3/V4) cannot be a long-term foster placement (U1, U4).</summary>
public sealed class Rule384() : SingleEpisodeRule("384")
{
    protected override bool Fails(EpisodeRow e, ChildEpisodes child, Ssda903Context c) => Ssda903Codes.IsRespite(e.Ls) && e.Place is "U1" or "U4";
}

/// <summary>A reason for ceasing with an age limit at DEC (386, 387, 389, 407, 460).</summary>
public abstract class CeasedAgeRule(string code, Func<string, bool> reason, Func<int, bool> wrongAge) : SingleEpisodeRule(code)
{
    protected sealed override bool Fails(EpisodeRow e, ChildEpisodes child, Ssda903Context c) =>
        e.Rec is { } r && reason(r) && child.AgeOn(e.Dec) is { } age && wrongAge(age);
}

/// <summary>386: adopted (E11, E12) at 18 or over.</summary>
public sealed class Rule386() : CeasedAgeRule("386", r => r is "E11" or "E12", age => age >= 18);

/// <summary>387: independent living (E5, E6) under 14.</summary>
public sealed class Rule387() : CeasedAgeRule("387", r => r is "E5" or "E6", age => age < 14);

/// <summary>389: adult social care (E7) under 16.</summary>
public sealed class Rule389() : CeasedAgeRule("389", r => r == "E7", age => age < 16);

/// <summary>407: special guardianship (E45–E48) at 18 or over.</summary>
public sealed class Rule407() : CeasedAgeRule("407", r => r is "E45" or "E46" or "E47" or "E48", age => age >= 18);

/// <summary>460: staying put (E17) under 18.</summary>
public sealed class Rule460() : CeasedAgeRule("460", r => r == "E17", age => age < 18);

/// <summary>408: placed for adoption under a placement order (A5, A6) needs legal status E1 or D1.</summary>
public sealed class Rule408() : SingleEpisodeRule("408")
{
    protected override bool Fails(EpisodeRow e, ChildEpisodes child, Ssda903Context c) => e.Place is "A5" or "A6" && e.Ls is not ("E1" or "D1");
}

/// <summary>446: E1 (placement order) for an episode starting before 30 December 2005.</summary>
public sealed class Rule446() : SingleEpisodeRule("446")
{
    protected override bool Fails(EpisodeRow e, ChildEpisodes child, Ssda903Context c) => e.Ls == "E1" && e.Decom < new DateOnly(2005, 12, 30);
}

/// <summary>A placement provider that cannot provide some placement types (527–531, 550).</summary>
public abstract class ProviderPlacementRule(string code, string provider, Func<string, bool> notAllowed) : SingleEpisodeRule(code)
{
    protected sealed override bool Fails(EpisodeRow e, ChildEpisodes child, Ssda903Context c) =>
        e.PlaceProvider == provider && e.Place is { } p && notAllowed(p);
}

public sealed class Rule527() : ProviderPlacementRule("527", "PR1", p => p is "P1" or "R2" or "R5");

public sealed class Rule528() : ProviderPlacementRule("528", "PR2", p => p is "P1" or "R2" or "R5");

public sealed class Rule529() : ProviderPlacementRule("529", "PR3",
    p => p is "P1" or "K1" or "K2" || Ssda903Codes.IsAdoptionPlacement(p) || p is "U1" or "U2" or "U3" or "U4" or "U5" or "U6");

public sealed class Rule530() : ProviderPlacementRule("530", "PR4", p => p == "P1");

public sealed class Rule531() : ProviderPlacementRule("531", "PR5", p => p == "P1");

public sealed class Rule550() : ProviderPlacementRule("550", "PR0", p => p != "P1");
