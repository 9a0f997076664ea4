using Safeguard.Core.ChildInNeed;
using Safeguard.Core.FrontDoor;
using static Safeguard.Core.Tests.Journeys;

namespace Safeguard.Core.Tests.ChildInNeed;

public sealed class ChildInNeedPlanReviewTests
{
    private static readonly Guid Worker = Guid.NewGuid();

    private static ChildInNeedPlan Plan()
    {
        var episode = Referred(NewChild());
        episode.Decide(ReferralDecision.Assessment, D(1, 5), Manager, Today);
        return episode.StartChildInNeedPlan(D(2, 1), Today);
    }

    [Fact]
    public void Review_IsRecordedInOrderWithWhoRecordedIt()
    {
        var plan = Plan();
        plan.Review(D(2, 20), " Attendance improving ", Worker, Today);
        plan.Review(D(3, 20), "Continue the plan", Worker, Today);
        Assert.Equal([D(2, 20), D(3, 20)], plan.Reviews.Select(r => r.Date));
        Assert.Equal("Attendance improving", plan.Reviews[0].Summary);
        Assert.Equal(Worker, plan.Reviews[0].RecordedBy);
        Assert.Equal(D(3, 20), plan.LastReviewOrStart);
    }

    [Fact]
    public void Review_BeforeTheLastReview_Refused()
    {
        var plan = Plan();
        plan.Review(D(3, 1), "First", Worker, Today);
        AssertRefused(() => plan.Review(D(2, 20), "Second", Worker, Today),
            "The date of the review must be the same as or after the last review (1 March 2026)", "Date");
    }

    [Theory]
    [InlineData("2026-01-31", "Summary", "The date of the review must be the same as or after the start of the plan (1 February 2026)", "Date")]
    [InlineData("2026-04-01", "Summary", "The date of the review must be today or in the past", "Date")]
    [InlineData("2026-03-01", "", "Enter what the review found and decided", "Summary")]
    [InlineData("2026-03-01", "<script>", "What the review found and decided must not contain markup or script (text between < and >)", "Summary")]
    public void Review_BadInput_Refused(string date, string summary, string message, string field)
    {
        var plan = Plan();
        AssertRefused(() => plan.Review(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), summary, Worker, Today), message, field);
        Assert.Empty(plan.Reviews);
    }

    [Fact]
    public void Review_AfterThePlanEnded_Refused()
    {
        var plan = Plan();
        plan.End(D(3, 1), Today);
        AssertRefused(() => plan.Review(D(3, 2), "Late", Worker, Today), "The plan ended on 1 March 2026", "Date");
    }

    [Fact]
    public void End_BeforeTheLastReview_Refused()
    {
        var plan = Plan();
        plan.Review(D(3, 1), "Review", Worker, Today);
        AssertRefused(() => plan.End(D(2, 25), Today), "The end date of the plan must be the same as or after the last review (1 March 2026)", "EndDate");
    }
}
