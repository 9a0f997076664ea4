using Safeguard.Core.Codes;
using static Safeguard.Core.Tests.Journeys;

namespace Safeguard.Core.Tests.Codes;

public sealed class CodeListTests
{
    [Fact]
    public void Require_KnownCode_ReturnsItTrimmed() => Assert.Equal("RC7", CodeLists.ClosureReason.Require(" RC7 ", "ClosureReason"));

    [Fact]
    public void Require_UnknownCode_RefusedNamingTheList() =>
        AssertRefused(() => CodeLists.PlacementProvider.Require("PR6", "PlacementProvider"), "'PR6' is not a valid placement provider code", "PlacementProvider");

    [Fact]
    public void Require_IsCaseSensitiveLikeTheReturns() =>
        AssertRefused(() => CodeLists.CategoryOfAbuse.Require("neg", "Category"), "'neg' is not a valid category of abuse code", "Category");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Require_Blank_AsksToSelect(string? code) =>
        AssertRefused(() => CodeLists.LegalStatus.Require(code, "LegalStatus"), "Select the legal status", "LegalStatus");

    [Fact]
    public void Describe_KnownAndUnknown()
    {
        Assert.Equal("Police", CodeLists.ReferralSource.Describe("6"));
        Assert.Equal("ZZ", CodeLists.ReferralSource.Describe("ZZ"));
    }

    [Fact]
    public void EveryList_HasUniqueCodesAndDescriptions()
    {
        CodeList[] lists =
        [
            CodeLists.ReferralSource, CodeLists.PrimaryNeed, CodeLists.ClosureReason, CodeLists.CategoryOfAbuse, CodeLists.AssessmentFactor,
            CodeLists.Ethnicity, CodeLists.Disability, CodeLists.LegalStatus, CodeLists.ReasonForNewEpisode, CodeLists.PlacementType,
            CodeLists.PlacementProvider, CodeLists.ReasonEpisodeCeased, CodeLists.ReasonPlacementChanged, CodeLists.ReviewParticipation,
        ];
        foreach (var list in lists)
        {
            Assert.Equal(list.Entries.Count, list.Entries.Select(e => e.Code).Distinct().Count());
            Assert.All(list.Entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Description)));
        }
    }

    [Fact]
    public void ClosureReasons_AreRc1ToRc9() =>
        Assert.Equal(Enumerable.Range(1, 9).Select(i => $"RC{i}"), CodeLists.ClosureReason.Entries.Select(e => e.Code));
}
