using Safeguard.Core.Assessments;
using Safeguard.Core.FrontDoor;
using static Safeguard.Core.Tests.Journeys;

namespace Safeguard.Core.Tests.FrontDoor;

/// <summary>A worker asks for closure; only a manager's authorisation closes the case.</summary>
public sealed class ClosureRequestTests
{
    private static readonly Guid Worker = Guid.NewGuid();

    /// <summary>Referred 5 January, assessed and authorised 10 February: nothing left open.</summary>
    private static EpisodeOfNeed ReadyToClose()
    {
        var episode = Referred(NewChild());
        episode.Decide(ReferralDecision.Assessment, D(1, 5), Manager, Today);
        var assessment = episode.StartAssessment(AssessmentKind.Single, D(1, 6), Today);
        assessment.Submit(D(2, 1), "No needs beyond universal services", ["21"], AssessmentOutcome.NoFurtherAction, Today);
        assessment.Authorise(D(2, 10), Manager, Today);
        return episode;
    }

    [Fact]
    public void RequestClosure_LeavesTheCaseOpenAndWaiting()
    {
        var episode = ReadyToClose();
        var request = episode.RequestClosure(D(3, 1), "RC8", " Family managing well ", Worker, Today);
        Assert.True(episode.IsOpen);
        Assert.Same(request, episode.PendingClosureRequest);
        Assert.Equal(ClosureRequestStatus.AwaitingAuthorisation, request.Status);
        Assert.Equal(("RC8", D(3, 1), "Family managing well", Worker, Today), (request.Reason, request.ClosureDate, request.Summary, request.RequestedBy, request.RequestedOn));
    }

    [Fact]
    public void AuthoriseClosure_ClosesTheEpisodeOnTheDateAskedAndRecordsTheManager()
    {
        var episode = ReadyToClose();
        var request = episode.RequestClosure(D(3, 1), "RC8", "Family managing well", Worker, D(3, 2));
        episode.AuthoriseClosure(request.Id, Manager, Today);
        Assert.False(episode.IsOpen);
        Assert.Equal(D(3, 1), episode.ClosureDate);
        Assert.Equal("RC8", episode.ClosureReason);
        Assert.Equal((ClosureRequestStatus.Authorised, Manager, Today), (request.Status, request.DecidedBy, request.DecidedOn));
        Assert.Null(episode.PendingClosureRequest);
    }

    [Fact]
    public void ReturnClosure_KeepsTheCaseOpenWithTheComments()
    {
        var episode = ReadyToClose();
        var request = episode.RequestClosure(D(3, 1), "RC8", "Family managing well", Worker, Today);
        episode.ReturnClosure(request.Id, Manager, "Check with school first", Today);
        Assert.True(episode.IsOpen);
        Assert.Equal((ClosureRequestStatus.Returned, Manager, "Check with school first"), (request.Status, request.DecidedBy, request.ReturnComments));
        Assert.Null(episode.PendingClosureRequest);
        episode.RequestClosure(D(3, 2), "RC8", "School confirm progress", Worker, Today);
        Assert.Equal(2, episode.ClosureRequests.Count);
    }

    [Fact]
    public void ReturnClosure_WithoutComments_Refused()
    {
        var episode = ReadyToClose();
        var request = episode.RequestClosure(D(3, 1), "RC8", "Family managing well", Worker, Today);
        AssertRefused(() => episode.ReturnClosure(request.Id, Manager, " ", Today), "Enter your comments for the worker", "ReturnComments");
        Assert.True(request.IsAwaitingAuthorisation);
    }

    [Fact]
    public void RequestClosure_WithOpenWork_RefusedNamingIt()
    {
        var episode = Referred(NewChild());
        episode.Decide(ReferralDecision.Assessment, D(1, 5), Manager, Today);
        episode.StartAssessment(AssessmentKind.Single, D(1, 6), Today);
        var refusal = Refused(() => episode.RequestClosure(D(3, 1), "RC7", "Done", Worker, Today));
        Assert.Equal("The case cannot be closed yet: the child and family assessment started 6 January 2026 is not authorised", refusal.Message);
        Assert.Empty(episode.ClosureRequests);
    }

    [Fact]
    public void RequestClosure_TwiceWhileWaiting_Refused()
    {
        var episode = ReadyToClose();
        episode.RequestClosure(D(3, 1), "RC8", "Family managing well", Worker, D(3, 5));
        AssertRefused(() => episode.RequestClosure(D(3, 1), "RC8", "Again", Worker, Today),
            "Closure was requested on 5 March 2026 and is waiting for a manager's authorisation", "ClosureDate");
    }

    [Theory]
    [InlineData("RC0", "2026-03-01", "Summary", "'RC0' is not a valid reason for closure code", "ClosureReason")]
    [InlineData("", "2026-03-01", "Summary", "Select the reason for closure", "ClosureReason")]
    [InlineData("RC8", "2026-04-01", "Summary", "The closure date must be today or in the past", "ClosureDate")]
    [InlineData("RC8", "2026-02-09", "Summary", "The closure date must be the same as or after the latest recorded activity (10 February 2026)", "ClosureDate")]
    [InlineData("RC8", "2026-03-01", "", "Enter a closing summary", "Summary")]
    [InlineData("RC8", "2026-03-01", "<script>x</script>", "A closing summary must not contain markup or script (text between < and >)", "Summary")]
    [InlineData("RC2", "2026-03-01", "Summary", "Record the child's date of death before closing the case as 'died'", "ClosureReason")]
    public void RequestClosure_BadInput_Refused(string reason, string date, string summary, string message, string field)
    {
        var episode = ReadyToClose();
        AssertRefused(() => episode.RequestClosure(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), reason, summary, Worker, Today), message, field);
        Assert.Empty(episode.ClosureRequests);
    }

    [Fact]
    public void AuthoriseClosure_ByTheWorkerWhoAsked_Refused()
    {
        var episode = ReadyToClose();
        var request = episode.RequestClosure(D(3, 1), "RC8", "Summary", Worker, Today);
        AssertRefused(() => episode.AuthoriseClosure(request.Id, Worker, Today), "You asked for this closure: another manager must authorise it", "Status");
        Assert.True(episode.IsOpen);
    }

    [Fact]
    public void AuthoriseClosure_WhenWorkWasOpenedSince_RefusedAndStaysWaiting()
    {
        var episode = ReadyToClose();
        var request = episode.RequestClosure(D(3, 1), "RC8", "Summary", Worker, Today);
        episode.StartChildInNeedPlan(D(3, 1), Today);
        var refusal = Refused(() => episode.AuthoriseClosure(request.Id, Manager, Today));
        Assert.Contains("the child in need plan started 1 March 2026 is open", refusal.Message);
        Assert.True(episode.IsOpen);
        Assert.True(request.IsAwaitingAuthorisation);
    }

    [Fact]
    public void AuthoriseClosure_Twice_Refused()
    {
        var episode = ReadyToClose();
        var request = episode.RequestClosure(D(3, 1), "RC8", "Summary", Worker, Today);
        episode.AuthoriseClosure(request.Id, Manager, Today);
        AssertRefused(() => episode.AuthoriseClosure(request.Id, Manager, Today), "The closure request was already authorised on 31 March 2026", "Status");
    }
}
