using System.Globalization;

namespace Safeguard.Generator.Tests;

public sealed class BuiltInTargetsTests
{
    [Fact]
    public void BuiltInTargets_MatchThePublishedFiguresInTheFixture()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "la-targets-2025.csv")).Skip(1).ToList();
        Assert.Equal(3, lines.Count);
        foreach (var line in lines)
        {
            var f = line.Split(',');
            double D(int i) => double.Parse(f[i], CultureInfo.InvariantCulture);
            var t = BuiltInTargets.Find(f[1]);
            Assert.NotNull(t);
            Assert.Equal((f[0], f[2]), (t.LaCode, t.OnsCode));
            Assert.Equal([D(3), D(4), D(5), D(6), D(7), D(8), D(9), D(10), D(11), D(12), D(13), D(14), D(15), D(16)],
                [t.ReferralsPerYear, t.ReReferralPercent, t.NoFurtherActionPercent!.Value, t.AssessedNotInNeedPercent!.Value, t.Section47sPerYear,
                 t.InitialConferencesPerYear, t.PlanStarts, t.PlansAt31March, t.ChildrenInNeedAt31March, t.LookedAfterAt31March, t.LookedAfterStarts,
                 t.Population0To17, t.SocialWorkerFte, t.SubsequentPlanPercent!.Value]);
        }
    }

    [Fact]
    public void Targets_WithoutPlanStartsOrCareStarts_UseEnglandRatios()
    {
        var t = BuiltInTargets.Kent2025 with { PlanStartsPerYear = null, LookedAfterStartsPerYear = null };

        Assert.Equal((int)Math.Round(1479 * 61_840.0 / 72_100), t.PlanStarts);
        Assert.Equal((int)Math.Round(1896 * 32_270.0 / 81_770), t.LookedAfterStarts);
    }

    [Fact]
    public void Find_ByNameOrLaCode_IgnoresCase()
    {
        Assert.Same(BuiltInTargets.Kent2025, BuiltInTargets.Find("kent"));
        Assert.Same(BuiltInTargets.Rutland2025, BuiltInTargets.Find("857"));
        Assert.Null(BuiltInTargets.Find("Atlantis"));
    }
}
