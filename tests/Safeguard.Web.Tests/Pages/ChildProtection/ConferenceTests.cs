using System.Net;
using Safeguard.Core.ChildProtection;
using Safeguard.Core.Workforce;
using Safeguard.Web.Tests.Support;

namespace Safeguard.Web.Tests.Pages.ChildProtection;

[Collection(WebAppCollection.Name)]
public sealed class ConferenceTests(SafeguardWebApp app)
{
    private readonly CpRecords _records = new(app);

    private static string Url(Guid child) => $"/children/{child}/conferences/new";

    private async Task<(string, string)[]> AnswersAsync(string plan = "yes", string category = "PHY", DateOnly? date = null)
    {
        var (_, _, chair) = await _records.StaffAsync();
        return [.. CpRecords.DateFields("Date", date ?? _records.Today.AddDays(-1)), ("PlanRequired", plan), ("Category", category), ("ChairId", chair.ToString())];
    }

    [Fact]
    public async Task Post_PlanNeeded_ShowsTheAnswersToCheckSavesNothingUntilConfirmedThenStartsThePlan()
    {
        var child = await _records.ChildAsync(CpStage.ConferenceNeeded);
        var (_, _, chair) = await _records.StaffAsync();
        using var client = await _records.SignedInAsync(WorkerRole.ConferenceChair);
        var before = await _records.LastAuditAsync();
        var date = _records.Today.AddDays(-1);

        // The form defaults the chair to the signed-in chair.
        var form = await CpRecords.GetAsync(client, Url(child));
        Assert.Equal(chair.ToString(), form.QuerySelector("select#chair-id option[selected]")!.GetAttribute("value"));
        Assert.NotNull(form.QuerySelector("[data-testid=icpc-clock]"));

        var check = await CpRecords.SubmitAsync(client, Url(child), await AnswersAsync(date: date));
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        var checkPage = await SafeguardWebApp.ParseAsync(check);
        var answers = checkPage.QuerySelector("[data-testid=check-answers]")!.TextContent;
        Assert.Contains("Physical abuse", answers, StringComparison.Ordinal);
        Assert.Contains("Demo conference chair", answers, StringComparison.Ordinal);
        Assert.Contains("Needed", answers, StringComparison.Ordinal);
        Assert.Empty((await _records.EpisodeAsync(child)).Conferences);
        Assert.Empty(await _records.ChangesAsync(child, before));

        var saved = await Forms.SubmitAsync(client, Url(child), checkPage, new Dictionary<string, string> { ["Step"] = "confirm" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/children/{child}", saved.Headers.Location!.OriginalString);
        var episode = await _records.EpisodeAsync(child);
        var conference = Assert.Single(episode.Conferences);
        Assert.Equal((ConferenceKind.Initial, date, true, chair), (conference.Kind, conference.Date, conference.PlanRequired, conference.ChairId));
        Assert.Equal(date, episode.Section47Enquiries.Single().ConferenceDate);
        var plan = Assert.Single(episode.ChildProtectionPlans);
        Assert.Equal((date, "PHY", "PHY", conference.Id, (DateOnly?)null), (plan.StartDate, plan.InitialCategory, plan.LatestCategory, plan.StartedAtConferenceId, plan.EndDate));
        Assert.Equal(["Held the initial child protection conference: child protection plan started (Physical abuse)"], await _records.ChangesAsync(child, before));
    }

    [Fact]
    public async Task Post_NoPlanNeeded_RecordsTheConferenceWithoutAPlanAndDropsTheCategory()
    {
        var child = await _records.ChildAsync(CpStage.ConferenceNeeded);
        using var client = await _records.SignedInAsync(WorkerRole.ConferenceChair);
        var before = await _records.LastAuditAsync();

        var check = await SafeguardWebApp.ParseAsync(await CpRecords.SubmitAsync(client, Url(child), await AnswersAsync("no", "NEG")));
        Assert.DoesNotContain("Neglect", check.QuerySelector("[data-testid=check-answers]")!.TextContent, StringComparison.Ordinal);
        var saved = await Forms.SubmitAsync(client, Url(child), check, new Dictionary<string, string> { ["Step"] = "confirm" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var episode = await _records.EpisodeAsync(child);
        Assert.False(Assert.Single(episode.Conferences).PlanRequired);
        Assert.Empty(episode.ChildProtectionPlans);
        Assert.Single(await _records.ChangesAsync(child, before));
    }

    [Fact]
    public async Task Post_ChangeTheAnswers_GoesBackToTheFormWithThemFilledIn()
    {
        var child = await _records.ChildAsync(CpStage.ConferenceNeeded);
        using var client = await _records.SignedInAsync(WorkerRole.ConferenceChair);
        var check = await SafeguardWebApp.ParseAsync(await CpRecords.SubmitAsync(client, Url(child), await AnswersAsync(category: "EMO")));
        var form = await SafeguardWebApp.ParseAsync(await Forms.SubmitAsync(client, Url(child), check, new Dictionary<string, string> { ["Step"] = "edit" }));
        Assert.NotNull(form.QuerySelector("input[name=Category][value=EMO][checked]"));
        Assert.Empty(Forms.Errors(form));
        Assert.Empty((await _records.EpisodeAsync(child)).Conferences);
    }

    [Theory]
    [InlineData("empty", "yes", "NEG", "chair", "Enter the date of the conference")]
    [InlineData("impossible", "yes", "NEG", "chair", "The date of the conference must be a real date")]
    [InlineData("future", "yes", "NEG", "chair", "The date of the conference must be today or in the past")]
    [InlineData("before", "yes", "NEG", "chair", "The date of the conference must be the same as or after the start of the section 47 enquiry")]
    [InlineData("ok", "", "NEG", "chair", "Select whether the child needs a child protection plan")]
    [InlineData("ok", "<script>", "NEG", "chair", "Select whether the child needs a child protection plan")]
    [InlineData("ok", "yes", "", "chair", "Select the category of abuse")]
    [InlineData("ok", "yes", "XYZ", "chair", "'XYZ' is not a valid category of abuse code")]
    [InlineData("ok", "yes", "<script>alert(1)</script>", "chair", "'<script>alert(1)</script>' is not a valid category of abuse code")]
    [InlineData("ok", "yes", "NEG", "", "Select who chaired the conference")]
    [InlineData("ok", "yes", "NEG", "social-worker", "Select who chaired the conference")]
    [InlineData("ok", "yes", "NEG", "<b>x</b>", "Select who chaired the conference")]
    public async Task Post_BadInput_ShowsTheErrorSummaryBeforeTheCheckAndSavesNothing(string date, string plan, string category, string chair, string error)
    {
        var child = await _records.ChildAsync(CpStage.ConferenceNeeded);
        var (_, robin, chairId) = await _records.StaffAsync();
        using var client = await _records.SignedInAsync(WorkerRole.ConferenceChair);
        var today = _records.Today;
        var dateFields = date switch
        {
            "empty" => CpRecords.DateFields("Date", "", "", ""),
            "impossible" => CpRecords.DateFields("Date", "31", "4", "2026"),
            "future" => CpRecords.DateFields("Date", today.AddDays(3)),
            "before" => CpRecords.DateFields("Date", today.AddDays(-39)),
            _ => CpRecords.DateFields("Date", today),
        };
        var chairValue = chair switch { "chair" => chairId.ToString(), "social-worker" => robin.ToString(), _ => chair };

        var response = await CpRecords.SubmitAsync(client, Url(child),
            [.. dateFields, ("PlanRequired", plan), ("Category", category), ("ChairId", chairValue), ("Step", "check")]);
        await CpRecords.AssertRefusedAsync(response, error);

        // Even a forged confirmation saves nothing.
        var forged = await CpRecords.SubmitAsync(client, Url(child),
            [.. dateFields, ("PlanRequired", plan), ("Category", category), ("ChairId", chairValue), ("Step", "confirm")]);
        await CpRecords.AssertRefusedAsync(forged, error);
        var episode = await _records.EpisodeAsync(child);
        Assert.Empty(episode.Conferences);
        Assert.Empty(episode.ChildProtectionPlans);
    }

    [Fact]
    public async Task Post_TransferIn_StartsAPlanForAChildTheChairCanSee()
    {
        // A child whose plan the chair ended at a review, back on a transfer-in: the chair chaired their conferences.
        var child = await _records.ChildAsync(CpStage.OnPlan, planStartedDaysAgo: 30);
        using var client = await _records.SignedInAsync(WorkerRole.ConferenceChair);
        var plan = (await _records.EpisodeAsync(child)).ChildProtectionPlans.Single();
        Assert.Equal(HttpStatusCode.Redirect, (await CpRecords.SubmitAsync(client, $"/children/{child}/plans/{plan.Id}/reviews/new",
            [.. CpRecords.DateFields("Date", _records.Today.AddDays(-10)), ("PlanContinues", "no"), ("ChairId", (await _records.StaffAsync()).Chair.ToString())])).StatusCode);
        var before = await _records.LastAuditAsync();

        var url = Url(child) + "?kind=transfer-in";
        var check = await SafeguardWebApp.ParseAsync(await CpRecords.SubmitAsync(client, url, await AnswersAsync("yes", "SAB")));
        Assert.Contains("Transfer-in conference", check.QuerySelector("[data-testid=check-answers]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.SubmitAsync(client, url, check, new Dictionary<string, string> { ["Step"] = "confirm" })).StatusCode);

        var episode = await _records.EpisodeAsync(child);
        var transfer = Assert.Single(episode.Conferences, c => c.Kind == ConferenceKind.TransferIn);
        var newPlan = Assert.Single(episode.ChildProtectionPlans, p => p.IsOpen);
        Assert.Equal((transfer.Id, "SAB", 1), (newPlan.StartedAtConferenceId, newPlan.InitialCategory, newPlan.PreviousPlans));
        Assert.Equal(["Held the transfer-in conference: child protection plan started (Sexual abuse)"], await _records.ChangesAsync(child, before));
    }

    [Fact]
    public async Task Get_ChildOutsideTheChairsScope_IsNotFound()
    {
        // Before the enquiry's outcome, the child is the social worker's business, not yet the chair's.
        var child = await _records.ChildAsync(CpStage.Section47Started);
        var stranger = await _records.StrangerAsync();
        using var client = await _records.SignedInAsync(WorkerRole.ConferenceChair);
        Assert.Equal(HttpStatusCode.NotFound, (await CpRecords.GetRawAsync(client, Url(child))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await CpRecords.GetRawAsync(client, Url(stranger))).StatusCode);
        // An enquiry id that is not this child's.
        var other = await _records.ChildAsync(CpStage.ConferenceNeeded);
        var mine = await _records.ChildAsync(CpStage.ConferenceNeeded);
        var otherEnquiry = (await _records.EpisodeAsync(other)).Section47Enquiries.Single().Id;
        Assert.Equal(HttpStatusCode.NotFound, (await CpRecords.GetRawAsync(client, $"{Url(mine)}?enquiryId={otherEnquiry}")).StatusCode);
    }

    [Fact]
    public async Task Get_SocialWorker_MayNotHoldAConference()
    {
        var child = await _records.ChildAsync(CpStage.ConferenceNeeded);
        using var client = await _records.SignedInAsync(WorkerRole.SocialWorker);
        var response = await CpRecords.GetRawAsync(client, Url(child));
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
