using Safeguard.Core.Assessments;
using Safeguard.Core.ChildProtection;
using Safeguard.Core.FrontDoor;
using Safeguard.Core.LookedAfter;
using Safeguard.Core.People;
using Safeguard.Core.Recording;
using static Safeguard.Core.Tests.Journeys;

namespace Safeguard.Core.Tests.People;

public sealed class ChildRulesTests
{
    [Fact]
    public void LaChildId_OfTwentyLettersAndDigits_Accepted() => Assert.Equal("ABCDEFGHIJ0123456789", NewChild(" ABCDEFGHIJ0123456789 ").LaChildId);

    [Fact]
    public void LaChildId_LongerThanTwenty_Refused() =>
        AssertRefused(() => NewChild("ABCDEFGHIJ01234567890"), "The child's ID must be 20 characters or fewer", "LaChildId");

    [Theory]
    [InlineData("ABC-123")]
    [InlineData("ABC 123")]
    [InlineData("ABCé123")]
    public void LaChildId_WithOtherCharacters_Refused(string id) =>
        AssertRefused(() => NewChild(id), "The child's ID must contain only letters and numbers", "LaChildId");

    [Fact]
    public void LaChildId_Blank_Refused() => AssertRefused(() => NewChild(""), "Enter the child's ID", "LaChildId");

    [Fact]
    public void DateOfBirth_InFuture_Refused() =>
        AssertRefused(() => Child.Register(Guid.NewGuid(), "C1", "Ann", "Test", Today.AddDays(1), null, Sex.Female, "WBRI", Today),
            "The date of birth must be today or in the past", "DateOfBirth");

    [Fact]
    public void NeitherBirthNorExpectedDate_Refused() =>
        AssertRefused(() => Child.Register(Guid.NewGuid(), "C1", "Ann", "Test", null, null, Sex.Female, "WBRI", Today),
            "Enter a date of birth, or an expected date of birth for an unborn child", "DateOfBirth");

    [Fact]
    public void UnbornChild_KeepsExpectedDate()
    {
        var child = Child.Register(Guid.NewGuid(), "C1", "Baby", "Test", null, D(6, 1), Sex.Unknown, "NOBT", Today);
        Assert.True(child.IsUnborn);
        Assert.Equal(D(6, 1), child.ExpectedDateOfBirth);
    }

    [Fact]
    public void Ethnicity_Unknown_Refused() =>
        AssertRefused(() => Child.Register(Guid.NewGuid(), "C1", "Ann", "Test", D(1, 1), null, Sex.Female, "WXYZ", Today),
            "'WXYZ' is not a valid ethnicity code", "Ethnicity");

    [Fact]
    public void Disabilities_NoneWithOthers_Refused() =>
        AssertRefused(() => NewChild().RecordDisabilities(["NONE", "AUT"]),
            "Select 'No disability' on its own, or the disabilities the child has", "Disabilities");

    [Fact]
    public void Disabilities_UnknownCode_Refused() =>
        AssertRefused(() => NewChild().RecordDisabilities(["ADHD"]), "'ADHD' is not a valid disability code", "Disabilities");

    [Fact]
    public void Disabilities_ReplacedAndDeduplicated()
    {
        var child = NewChild();
        child.RecordDisabilities(["NONE"]);
        child.RecordDisabilities(["AUT", "COMM", "AUT"]);
        Assert.Equal(["AUT", "COMM"], child.Disabilities.Select(d => d.Code));
    }

    [Fact]
    public void Allocation_EndsThePreviousOneThatDay()
    {
        var child = NewChild();
        var first = child.AllocateTo(Guid.NewGuid(), D(1, 5), Today);
        var worker = Guid.NewGuid();
        var second = child.AllocateTo(worker, D(2, 1), Today);
        Assert.Equal(D(2, 1), first.To);
        Assert.Null(second.To);
        Assert.Same(second, child.CurrentAllocation);
        Assert.Equal(worker, child.CurrentAllocation!.WorkerId);
    }

    [Fact]
    public void Allocation_ToSameWorker_Refused()
    {
        var child = NewChild();
        var worker = Guid.NewGuid();
        child.AllocateTo(worker, D(1, 5), Today);
        AssertRefused(() => child.AllocateTo(worker, D(2, 1), Today), "The child is already allocated to this worker", "WorkerId");
    }

    [Fact]
    public void Allocation_BeforeCurrentOne_Refused()
    {
        var child = NewChild();
        child.AllocateTo(Guid.NewGuid(), D(1, 5), Today);
        AssertRefused(() => child.AllocateTo(Guid.NewGuid(), D(1, 4), Today),
            "The allocation date must be the same as or after the current allocation's start (5 January 2026)", "From");
    }

    [Fact]
    public void Allocation_InFuture_Refused() =>
        AssertRefused(() => NewChild().AllocateTo(Guid.NewGuid(), Today.AddDays(1), Today), "The allocation date must be today or in the past", "From");

    [Fact]
    public void EndAllocation_WhenNotAllocated_Refused() =>
        AssertRefused(() => NewChild().EndAllocation(D(1, 5), Today), "The child is not allocated", "WorkerId");

    [Fact]
    public void EndAllocation_BeforeItStarted_Refused()
    {
        var child = NewChild();
        child.AllocateTo(Guid.NewGuid(), D(1, 5), Today);
        AssertRefused(() => child.EndAllocation(D(1, 4), Today),
            "The end of the allocation must be the same as or after the allocation's start (5 January 2026)", "To");
    }

    [Fact]
    public void MoveTo_EndsCurrentAddressAndUpperCasesPostcode()
    {
        var child = NewChild();
        child.MoveTo("1 Test Street", "Testtown", "ab1 2cd", D(1, 1), Today);
        var first = child.CurrentAddress!;
        child.MoveTo("2 Sample Road", "Testtown", "ab3 4ef", D(2, 1), Today);
        Assert.Equal(D(2, 1), first.To);
        Assert.Equal("AB3 4EF", child.CurrentAddress!.Postcode);
        AssertRefused(() => child.MoveTo("3 Other Lane", "Testtown", "ab5 6gh", D(1, 31), Today),
            "The date the child moved must be the same as or after the start of the current address (1 February 2026)", "From");
    }

    [Fact]
    public void Move_Death_AndEndOfAllocation_InFuture_Refused()
    {
        var child = NewChild();
        AssertRefused(() => child.MoveTo("1 Test Street", "Testtown", "AB1 2CD", Today.AddDays(1), Today), "The date the child moved must be today or in the past", "From");
        AssertRefused(() => child.RecordDeath(Today.AddDays(1), Today), "The date of death must be today or in the past", "DateOfDeath");
        child.AllocateTo(Guid.NewGuid(), D(1, 5), Today);
        AssertRefused(() => child.EndAllocation(Today.AddDays(1), Today), "The end of the allocation must be today or in the past", "To");
    }

    [Fact]
    public void Death_BeforeBirth_Refused() =>
        AssertRefused(() => NewChild().RecordDeath(new DateOnly(2019, 5, 13), Today),
            "The date of death must be the same as or after the date of birth (14 May 2019)", "DateOfDeath");

    [Fact]
    public void CaseNote_InFuture_Refused() =>
        AssertRefused(() => NewChild().AddCaseNote(Today.AddDays(1), CaseNoteKind.Visit, "Home visit", Guid.NewGuid(), Agency.ChildrensSocialCare, false, Today),
            "The date of the note must be today or in the past", "Date");

    [Fact]
    public void RelateTo_SameFamilyMemberTwice_Refused()
    {
        var child = NewChild();
        var mother = new FamilyMember(child.AuthorityId, "Jo", "Testperson", null, Sex.Female);
        child.RelateTo(mother, RelationshipKind.Mother, true, true);
        AssertRefused(() => child.RelateTo(mother, RelationshipKind.Carer, true, true), "Jo Testperson is already linked to this child", "FamilyMemberId");
        AssertRefused(() => child.RelateToChild(child, RelationshipKind.Sibling), "A child cannot be related to themselves", "RelatedChildId");
    }

    /// <summary>The concurrency token: every change, on the child or on a record it owns, moves Version on by one.</summary>
    [Fact]
    public void Version_IncrementsOnEveryChange()
    {
        var child = NewChild();
        var steps = new List<Action>();
        EpisodeOfNeed episode = null!;
        Assessment assessment = null!;
        ChildProtectionPlan plan = null!;
        PeriodOfCare care = null!;
        MissingEpisode missing = null!;
        Contact contact = null!;
        steps.Add(() => child.UpdateDetails("Amelia", "Testperson", new DateOnly(2019, 5, 14), null, Sex.Female, "WOTH", Today));
        steps.Add(() => child.RecordIdentifiers("4010232137", null));
        steps.Add(() => child.RecordDisabilities(["NONE"]));
        steps.Add(() => child.MoveTo("1 Test Street", "Testtown", "AB1 2CD", D(1, 1), Today));
        steps.Add(() => child.Restrict(true));
        steps.Add(() => child.RelateTo(new FamilyMember(child.AuthorityId, "Jo", "Testperson", null, Sex.Female), RelationshipKind.Mother, true, true));
        steps.Add(() => contact = child.RecordContact(D(1, 2), "3B", "Weight loss", null, Today));
        steps.Add(() => child.RecordContact(D(1, 3), "2A", "Attendance", null, Today).Conclude(ContactOutcome.AdviceAndInformation, child)); // two changes
        steps.Add(() => episode = child.ReceiveReferral(D(1, 5), "3B", "N1", "Weight loss", contact.Id, null, Today));
        steps.Add(() => child.AllocateTo(Guid.NewGuid(), D(1, 5), Today));
        steps.Add(() => episode.Decide(ReferralDecision.StrategyDiscussion, D(1, 5), Manager, Today));
        steps.Add(() => EnquiryNeedingConference(episode)); // three changes: counted below
        steps.Add(() => assessment = episode.StartAssessment(AssessmentKind.Single, D(1, 6), Today));
        steps.Add(() => assessment.SaveAnalysis("Draft"));
        steps.Add(() => assessment.Submit(D(1, 25), "Analysis", ["16A"], AssessmentOutcome.StrategyDiscussion, Today));
        steps.Add(() => assessment.ReturnForRevision());
        steps.Add(() => assessment.Submit(D(1, 26), "Analysis", ["16A"], AssessmentOutcome.StrategyDiscussion, Today));
        steps.Add(() => assessment.Authorise(D(1, 27), Manager, Today));
        steps.Add(() => { episode.HoldTransferInConference(D(2, 2), true, "NEG", null, Today); plan = episode.ChildProtectionPlans[0]; });
        steps.Add(() => plan.HoldCoreGroup(D(2, 10), Today));
        steps.Add(() => plan.HoldReview(D(3, 2), true, null, null, Today));
        steps.Add(() => plan.End(D(3, 3), "Moved to a relative's care", Today));
        steps.Add(() => episode.StartChildInNeedPlan(D(3, 3), Today).End(D(3, 4), Today)); // two changes
        steps.Add(() => care = child.StartToBeLookedAfter(D(3, 5), "V2", "N1", "U6", "PR1", null, false, Today));
        steps.Add(() => care.Change(D(3, 6), "P", "V2", "U4", "PR1", null, true, "CARPL", Today));
        steps.Add(() => care.RecordReview(D(3, 7), "PN1", Today));
        steps.Add(() => care.RecordVisit(D(3, 8), true, Today));
        steps.Add(() => missing = care.RecordMissing(MissingKind.Missing, D(3, 9), Today));
        steps.Add(() => care.RecordReturn(missing.Id, D(3, 10), Today));
        steps.Add(() => care.Cease(D(3, 11), "E4A", Today));
        steps.Add(() => child.AddCaseNote(D(3, 11), CaseNoteKind.Visit, "Visit", Guid.NewGuid(), Agency.ChildrensSocialCare, false, Today));
        steps.Add(() => child.EndAllocation(D(3, 12), Today));
        steps.Add(() => child.RecordDeath(D(3, 12), Today));

        var changesPerStep = new Dictionary<int, int> { [7] = 2, [11] = 3, [22] = 2 };
        for (var i = 0; i < steps.Count; i++)
        {
            var before = child.Version;
            steps[i]();
            Assert.True(child.Version == before + changesPerStep.GetValueOrDefault(i, 1), $"step {i} moved Version from {before} to {child.Version}");
        }
    }

    [Fact]
    public void Version_UnchangedByRefusedChange()
    {
        var child = NewChild();
        var before = child.Version;
        Refused(() => child.RecordDisabilities(["NONE", "AUT"]));
        Refused(() => Referred(child, Today.AddDays(1)));
        Assert.Equal(before, child.Version);
    }

}
