using Safeguard.Core.Assessments;
using Safeguard.Core.FrontDoor;
using static Safeguard.Core.Tests.Journeys;

namespace Safeguard.Core.Tests.Assessments;

/// <summary>Drafts, submission by a named worker, and the manager's return with comments.</summary>
public sealed class AssessmentSignOffTests
{
    private static readonly Guid Worker = Guid.NewGuid();

    private static Assessment Started()
    {
        var episode = Referred(NewChild());
        episode.Decide(ReferralDecision.Assessment, D(1, 5), Manager, Today);
        return episode.StartAssessment(AssessmentKind.Single, D(1, 6), Today);
    }

    [Fact]
    public void SaveDraft_WithNothingYet_IsAllowedAndKeepsWhatThereIs()
    {
        var assessment = Started();
        assessment.SaveDraft(null, [], null);
        assessment.SaveDraft(" Mother is engaging ", ["3B", "1B"], AssessmentOutcome.ChildInNeedPlan);
        Assert.Equal("Mother is engaging", assessment.Analysis);
        Assert.Equal(["3B", "1B"], assessment.Factors.Select(f => f.Code));
        Assert.Equal(AssessmentOutcome.ChildInNeedPlan, assessment.Outcome);
        Assert.Null(assessment.SubmittedDate);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "3B", "Your analysis of the child's needs must not contain markup or script (text between < and >)", "Analysis")]
    [InlineData("Fine", "99Z", "'99Z' is not a valid factor identified at assessment code", "Factors")]
    public void SaveDraft_WithInvalidContent_RefusedAndUnchanged(string analysis, string factor, string message, string field)
    {
        var assessment = Started();
        assessment.SaveDraft("Before", ["1B"], null);
        AssertRefused(() => assessment.SaveDraft(analysis, [factor], null), message, field);
        Assert.Equal("Before", assessment.Analysis);
        Assert.Equal("1B", Assert.Single(assessment.Factors).Code);
    }

    [Fact]
    public void SaveDraft_NoFactorsWithOthers_Refused() =>
        AssertRefused(() => Started().SaveDraft("x", ["21", "1B"], null),
            "Select 'No factors identified' on its own, or the factors you identified", "Factors");

    [Fact]
    public void SaveDraft_WhileAwaitingAuthorisation_Refused()
    {
        var assessment = Started();
        assessment.Submit(D(2, 1), "Analysis", ["21"], AssessmentOutcome.NoFurtherAction, Worker, Today);
        Assert.True(assessment.IsAwaitingAuthorisation);
        AssertRefused(() => assessment.SaveDraft("Changed", [], null),
            "The assessment was submitted for authorisation on 1 February 2026: it can be changed if the manager returns it", "SubmittedDate");
        AssertRefused(() => assessment.Submit(D(2, 2), "Again", ["21"], AssessmentOutcome.NoFurtherAction, Worker, Today),
            "The assessment was submitted for authorisation on 1 February 2026: it can be changed if the manager returns it", "SubmittedDate");
    }

    [Fact]
    public void Submit_RecordsWhoSubmitted()
    {
        var assessment = Started();
        assessment.Submit(D(2, 1), "Analysis", ["21"], AssessmentOutcome.NoFurtherAction, Worker, Today);
        Assert.Equal(Worker, assessment.SubmittedBy);
        Assert.Equal(D(2, 1), assessment.SubmittedDate);
    }

    [Fact]
    public void Authorise_ByTheWorkerWhoSubmitted_Refused()
    {
        var assessment = Started();
        assessment.Submit(D(2, 1), "Analysis", ["21"], AssessmentOutcome.NoFurtherAction, Worker, Today);
        AssertRefused(() => assessment.Authorise(Today, Worker, Today), "You submitted this assessment: another manager must authorise it", "AuthorisationDate");
        assessment.Authorise(Today, Manager, Today);
        Assert.Equal(Manager, assessment.AuthorisedBy);
        Assert.Equal(Today, assessment.AuthorisationDate);
    }

    [Fact]
    public void ReturnForRevision_WithComments_GoesBackToDraftRecordingWhoWhenAndWhy()
    {
        var assessment = Started();
        assessment.Submit(D(2, 1), "Analysis", ["21"], AssessmentOutcome.NoFurtherAction, Worker, Today);
        assessment.ReturnForRevision(Manager, " Say more about father's capacity ", D(2, 3));
        Assert.False(assessment.IsAwaitingAuthorisation);
        Assert.True(assessment.IsInProgress);
        Assert.Null(assessment.SubmittedDate);
        Assert.Null(assessment.SubmittedBy);
        Assert.Equal(Manager, assessment.ReturnedBy);
        Assert.Equal(D(2, 3), assessment.ReturnedDate);
        Assert.Equal("Say more about father's capacity", assessment.ReturnComments);
        Assert.Equal("Analysis", assessment.Analysis);
        assessment.SaveDraft("Analysis, with father", ["21"], AssessmentOutcome.NoFurtherAction);
        assessment.Submit(D(2, 4), "Analysis, with father", ["21"], AssessmentOutcome.NoFurtherAction, Worker, Today);
        Assert.True(assessment.IsAwaitingAuthorisation);
    }

    [Theory]
    [InlineData("", "Enter your comments for the worker")]
    [InlineData("  ", "Enter your comments for the worker")]
    [InlineData("<b>no</b>", "Your comments for the worker must not contain markup or script (text between < and >)")]
    public void ReturnForRevision_WithoutUsableComments_RefusedAndStillAwaiting(string comments, string message)
    {
        var assessment = Started();
        assessment.Submit(D(2, 1), "Analysis", ["21"], AssessmentOutcome.NoFurtherAction, Worker, Today);
        AssertRefused(() => assessment.ReturnForRevision(Manager, comments, Today), message, "ReturnComments");
        Assert.True(assessment.IsAwaitingAuthorisation);
    }

    [Fact]
    public void ReturnForRevision_NotSubmitted_Refused() =>
        AssertRefused(() => Started().ReturnForRevision(Manager, "Comments", Today),
            "The assessment has not been submitted for authorisation", "AuthorisationDate");
}
