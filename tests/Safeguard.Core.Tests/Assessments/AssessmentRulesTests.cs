using Safeguard.Core.Assessments;
using Safeguard.Core.FrontDoor;
using static Safeguard.Core.Tests.Journeys;

namespace Safeguard.Core.Tests.Assessments;

public sealed class AssessmentRulesTests
{
    private static EpisodeOfNeed ForAssessment()
    {
        var episode = Referred(NewChild());
        episode.Decide(ReferralDecision.Assessment, D(1, 5), Manager, Today);
        return episode;
    }

    [Fact]
    public void Assessment_BeforeDecision_Refused() =>
        AssertRefused(() => Referred(NewChild()).StartAssessment(AssessmentKind.Single, D(1, 6), Today),
            "Record the front door's decision on the referral before you start an assessment", "Decision");

    [Fact]
    public void Assessment_BeforeReferral_Refused() =>
        AssertRefused(() => ForAssessment().StartAssessment(AssessmentKind.Single, D(1, 4), Today),
            "The assessment start date must be the same as or after the referral date (5 January 2026)", "StartDate");

    [Fact]
    public void Assessment_InFuture_Refused() =>
        AssertRefused(() => ForAssessment().StartAssessment(AssessmentKind.Single, Today.AddDays(1), Today),
            "The assessment start date must be today or in the past", "StartDate");

    [Fact]
    public void CoreAssessment_WithoutInitialOrSection47_Refused() =>
        AssertRefused(() => ForAssessment().StartAssessment(AssessmentKind.Core, D(1, 6), Today),
            "A core assessment follows an initial assessment or a section 47 enquiry", "Kind");

    [Fact]
    public void CoreAssessment_AfterInitialAssessment_Starts()
    {
        var episode = ForAssessment();
        episode.StartAssessment(AssessmentKind.Initial, D(1, 6), Today);
        Assert.Equal(AssessmentKind.Core, episode.StartAssessment(AssessmentKind.Core, D(1, 15), Today).Kind);
    }

    [Fact]
    public void CoreAssessment_AfterSection47_Starts()
    {
        var episode = ForStrategy(NewChild());
        EnquiryNeedingConference(episode);
        Assert.Equal(AssessmentKind.Core, episode.StartAssessment(AssessmentKind.Core, D(1, 7), Today).Kind);
    }

    [Fact]
    public void SecondAssessmentOfSameKind_WhileFirstInProgress_Refused()
    {
        var episode = ForAssessment();
        episode.StartAssessment(AssessmentKind.Single, D(1, 6), Today);
        AssertRefused(() => episode.StartAssessment(AssessmentKind.Single, D(1, 8), Today),
            "An assessment started on 6 January 2026 is still in progress", "StartDate");
    }

    [Fact]
    public void Submit_NoFactorsAlongsideFactors_Refused() =>
        AssertRefused(() => ForAssessment().StartAssessment(AssessmentKind.Single, D(1, 6), Today)
                .Submit(D(2, 1), "Analysis", ["21", "3B"], AssessmentOutcome.ChildInNeedPlan, Today),
            "Select 'No factors identified' on its own, or the factors you identified", "Factors");

    [Fact]
    public void Submit_WithNoFactors_Refused() =>
        AssertRefused(() => ForAssessment().StartAssessment(AssessmentKind.Single, D(1, 6), Today)
                .Submit(D(2, 1), "Analysis", [], AssessmentOutcome.ChildInNeedPlan, Today),
            "Select the factors identified, or 'No factors identified'", "Factors");

    [Fact]
    public void Submit_WithUnknownFactor_Refused() =>
        AssertRefused(() => ForAssessment().StartAssessment(AssessmentKind.Single, D(1, 6), Today)
                .Submit(D(2, 1), "Analysis", ["3B", "25A"], AssessmentOutcome.ChildInNeedPlan, Today),
            "'25A' is not a valid factor identified at assessment code", "Factors");

    [Fact]
    public void Submit_BeforeStart_Refused() =>
        AssertRefused(() => ForAssessment().StartAssessment(AssessmentKind.Single, D(1, 6), Today)
                .Submit(D(1, 5), "Analysis", ["21"], AssessmentOutcome.NoFurtherAction, Today),
            "The date the assessment was completed must be the same as or after the assessment start date (6 January 2026)", "SubmittedDate");

    [Fact]
    public void Submit_InFuture_Refused() =>
        AssertRefused(() => ForAssessment().StartAssessment(AssessmentKind.Single, D(1, 6), Today)
                .Submit(Today.AddDays(1), "Analysis", ["21"], AssessmentOutcome.NoFurtherAction, Today),
            "The date the assessment was completed must be today or in the past", "SubmittedDate");

    [Fact]
    public void Submit_RecordsDistinctFactorsAndOutcome()
    {
        var assessment = ForAssessment().StartAssessment(AssessmentKind.Single, D(1, 6), Today);
        assessment.Submit(D(2, 1), " Parents misuse alcohol ", ["1B", "3B", "1B"], AssessmentOutcome.ChildInNeedPlan, Today);
        Assert.Equal(["1B", "3B"], assessment.Factors.Select(f => f.Code));
        Assert.Equal("Parents misuse alcohol", assessment.Analysis);
        Assert.Equal(AssessmentOutcome.ChildInNeedPlan, assessment.Outcome);
    }

    [Fact]
    public void Authorise_BeforeSubmission_Refused() =>
        AssertRefused(() => ForAssessment().StartAssessment(AssessmentKind.Single, D(1, 6), Today).Authorise(D(2, 1), Manager, Today),
            "The assessment has not been submitted for authorisation", "AuthorisationDate");

    [Fact]
    public void Authorise_BeforeSubmittedDate_Refused()
    {
        var assessment = ForAssessment().StartAssessment(AssessmentKind.Single, D(1, 6), Today);
        assessment.Submit(D(2, 1), "Analysis", ["21"], AssessmentOutcome.NoFurtherAction, Today);
        AssertRefused(() => assessment.Authorise(D(1, 31), Manager, Today),
            "The authorisation date must be the same as or after the date it was submitted (1 February 2026)", "AuthorisationDate");
    }

    [Fact]
    public void Authorise_InFuture_Refused()
    {
        var assessment = ForAssessment().StartAssessment(AssessmentKind.Single, D(1, 6), Today);
        assessment.Submit(D(2, 1), "Analysis", ["21"], AssessmentOutcome.NoFurtherAction, Today);
        AssertRefused(() => assessment.Authorise(Today.AddDays(1), Manager, Today), "The authorisation date must be today or in the past", "AuthorisationDate");
    }

    [Fact]
    public void Authorised_CannotBeChanged()
    {
        var assessment = ForAssessment().StartAssessment(AssessmentKind.Single, D(1, 6), Today);
        assessment.Submit(D(2, 1), "Analysis", ["21"], AssessmentOutcome.NoFurtherAction, Today);
        assessment.Authorise(D(2, 2), Manager, Today);
        Assert.False(assessment.IsInProgress);
        Assert.Equal(Manager, assessment.AuthorisedBy);
        AssertRefused(() => assessment.SaveAnalysis("Changed"), "The assessment was authorised on 2 February 2026 and cannot be changed", "AuthorisationDate");
        AssertRefused(() => assessment.ReturnForRevision(), "The assessment was authorised on 2 February 2026 and cannot be changed", "AuthorisationDate");
    }

    [Fact]
    public void ReturnForRevision_ClearsSubmissionSoItMustBeSubmittedAgain()
    {
        var assessment = ForAssessment().StartAssessment(AssessmentKind.Single, D(1, 6), Today);
        assessment.Submit(D(2, 1), "Analysis", ["21"], AssessmentOutcome.NoFurtherAction, Today);
        assessment.ReturnForRevision();
        Assert.Null(assessment.SubmittedDate);
        AssertRefused(() => assessment.Authorise(D(2, 2), Manager, Today), "The assessment has not been submitted for authorisation", "AuthorisationDate");
    }
}
