using System.Net;
using Safeguard.Core.ChildProtection;
using Safeguard.Core.Clock;
using Safeguard.Core.Workforce;
using Safeguard.Web.Tests.Support;

namespace Safeguard.Web.Tests.Pages.ChildProtection;

[Collection(WebAppCollection.Name)]
public sealed class Section47OutcomeTests(SafeguardWebApp app)
{
    private readonly CpRecords _records = new(app);

    private async Task<(Guid Child, Guid Enquiry, string Url)> EnquiryAsync()
    {
        var child = await _records.ChildAsync(CpStage.Section47Started);
        var enquiry = (await _records.EpisodeAsync(child)).Section47Enquiries.Single().Id;
        return (child, enquiry, $"/children/{child}/section-47/{enquiry}/outcome");
    }

    [Fact]
    public async Task Get_ShowsTheInitialConferenceClockFromTheStrategyDiscussion()
    {
        var (child, _, url) = await EnquiryAsync();
        using var client = await _records.SignedInAsync(WorkerRole.SocialWorker);
        var page = await CpRecords.GetAsync(client, url);
        var discussion = (await _records.EpisodeAsync(child)).StrategyDiscussions.Single().Date;
        var due = StatutoryClock.For("WT2023").Due(RuleIds.InitialChildProtectionConference, discussion).Due;
        var clock = page.QuerySelector("[data-testid=icpc-clock]")!.TextContent;
        Assert.Contains(DueDate.Format(due), clock, StringComparison.Ordinal);
        Assert.Contains("15 working days after the strategy discussion", clock, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Section47Outcome.ConferenceNeeded)]
    [InlineData(Section47Outcome.ConcernsSubstantiatedNoConference)]
    [InlineData(Section47Outcome.ConcernsNotSubstantiated)]
    public async Task Post_Outcome_IsRecordedWithOneChangedEntry(Section47Outcome outcome)
    {
        var (child, _, url) = await EnquiryAsync();
        using var client = await _records.SignedInAsync(WorkerRole.SocialWorker);
        var before = await _records.LastAuditAsync();
        var date = _records.Today.AddDays(-2);

        var response = await CpRecords.SubmitAsync(client, url, [("Outcome", outcome.ToString()), .. CpRecords.DateFields("Date", date)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/children/{child}", response.Headers.Location!.OriginalString);
        var enquiry = (await _records.EpisodeAsync(child)).Section47Enquiries.Single();
        Assert.Equal((outcome, date), (enquiry.Outcome, enquiry.OutcomeDate));
        var changed = Assert.Single(await _records.ChangesAsync(child, before));
        Assert.StartsWith("Recorded the section 47 outcome", changed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "2", "Select what the enquiry found")]
    [InlineData("Sabotage", "2", "Select what the enquiry found")]
    [InlineData("7", "2", "Select what the enquiry found")]
    [InlineData("<script>alert(1)</script>", "2", "Select what the enquiry found")]
    [InlineData("ConferenceNeeded", "empty", "Enter the date of the outcome")]
    [InlineData("ConferenceNeeded", "impossible", "The date of the outcome must be a real date")]
    [InlineData("ConferenceNeeded", "future", "The date of the outcome must be today or in the past")]
    [InlineData("ConferenceNeeded", "before", "The date of the outcome must be the same as or after the start of the enquiry")]
    public async Task Post_BadInput_ShowsTheErrorSummaryAndSavesNothing(string outcome, string date, string error)
    {
        var (child, _, url) = await EnquiryAsync();
        using var client = await _records.SignedInAsync(WorkerRole.SocialWorker);
        var today = _records.Today;
        var dateFields = date switch
        {
            "empty" => CpRecords.DateFields("Date", "", "", ""),
            "impossible" => CpRecords.DateFields("Date", "30", "2", "2026"),
            "future" => CpRecords.DateFields("Date", today.AddDays(1)),
            "before" => CpRecords.DateFields("Date", today.AddDays(-60)),
            _ => CpRecords.DateFields("Date", today.AddDays(-int.Parse(date, System.Globalization.CultureInfo.InvariantCulture))),
        };

        await CpRecords.AssertRefusedAsync(await CpRecords.SubmitAsync(client, url, [("Outcome", outcome), .. dateFields]), error);

        Assert.Null((await _records.EpisodeAsync(child)).Section47Enquiries.Single().Outcome);
    }

    [Fact]
    public async Task Post_OutcomeAlreadyRecorded_IsRefused()
    {
        var child = await _records.ChildAsync(CpStage.ConferenceNeeded);
        var enquiry = (await _records.EpisodeAsync(child)).Section47Enquiries.Single().Id;
        using var client = await _records.SignedInAsync(WorkerRole.SocialWorker);
        await CpRecords.AssertRefusedAsync(await CpRecords.SubmitAsync(client, $"/children/{child}/section-47/{enquiry}/outcome",
            [("Outcome", "ConcernsNotSubstantiated"), .. CpRecords.DateFields("Date", _records.Today)]), "The enquiry's outcome has already been recorded");
        Assert.Equal(Section47Outcome.ConferenceNeeded, (await _records.EpisodeAsync(child)).Section47Enquiries.Single().Outcome);
    }

    [Fact]
    public async Task Get_ChildOutsideScopeOrUnknownEnquiry_IsNotFound()
    {
        var (_, enquiry, _) = await EnquiryAsync();
        var stranger = await _records.StrangerAsync();
        var mine = await _records.ChildAsync(CpStage.Section47Started);
        using var client = await _records.SignedInAsync(WorkerRole.SocialWorker);
        Assert.Equal(HttpStatusCode.NotFound, (await CpRecords.GetRawAsync(client, $"/children/{stranger}/section-47/{enquiry}/outcome")).StatusCode);
        // Another child's enquiry under this child's address is not found either.
        Assert.Equal(HttpStatusCode.NotFound, (await CpRecords.GetRawAsync(client, $"/children/{mine}/section-47/{enquiry}/outcome")).StatusCode);
        // The demo social worker (another team) cannot open Robin's child.
        using var other = app.NewClient();
        await SafeguardWebApp.SignInAsync(other, SafeguardWebApp.SocialWorker, SafeguardWebApp.Password);
        var (_, _, robins) = await EnquiryAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await CpRecords.GetRawAsync(other, robins)).StatusCode);
    }
}
