using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Safeguard.Core.ChildProtection;
using Safeguard.Core.Clock;
using Safeguard.Web.Access;
using Safeguard.Web.Components;
using Safeguard.Web.Records;
using Safeguard.Web.SignIn;

namespace Safeguard.Web.Pages.Children.Plans.Reviews;

/// <summary>
/// A chair records a review conference: the plan continues (perhaps under a new category) or ends that day. The
/// next review is then due within 6 months.
/// </summary>
[Authorize(Policy = Policies.Chair)]
public sealed class NewModel(RecordServices record) : ChildRecordPage(record)
{
    [BindProperty] public DateParts Date { get; set; } = new();
    [BindProperty] public string? ChairId { get; set; }
    [BindProperty] public string? PlanContinues { get; set; }
    [BindProperty] public string? Category { get; set; }

    public Guid PlanId { get; private set; }
    public IReadOnlyList<Choice> Chairs { get; private set; } = [];
    public string ReviewClock { get; private set; } = "";

    public BackLinkModel Back => new($"/children/{Child.Id}/plans/{PlanId}", "Child protection plan");
    public DateInputModel DateField => DateInput(nameof(Date), "When was the review conference held?", Date, "For example, 27 3 2026");
    public SelectModel ChairField => new("chair-id", nameof(ChairId), "Who chaired it?",
        [new Choice("", "Select the chair"), .. Chairs], ChairId, Error: ErrorFor(nameof(ChairId)));
    public ChoicesModel PlanContinuesField => new("plan-continues", nameof(PlanContinues), "Does the child still need a child protection plan?",
        [new("yes", "Yes: the plan continues"), new("no", "No: the plan ends on the date of the review")],
        PlanContinues is null ? [] : [PlanContinues], Error: ErrorFor(nameof(PlanContinues)));
    public ChoicesModel CategoryField => new("category", nameof(Category), "Category of abuse from now on", ChildProtectionWords.Categories,
        Category is null ? [] : [Category], "If the plan continues. Leave it as it is unless the conference changed it.", ErrorFor(nameof(Category)));

    public async Task<IActionResult> OnGetAsync(Guid id, Guid planId, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(id, "Record a review conference", cancellationToken) || ChildProtectionWords.FindPlan(Child, planId) is not { } plan) return NotFound();
        await PrepareAsync(plan, cancellationToken);
        Date = DateParts.From(Today);
        Category = plan.LatestCategory;
        var me = User.Worker().ToString();
        if (Chairs.Any(c => c.Value == me)) ChairId = me;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid planId, CancellationToken cancellationToken)
    {
        if (!await LoadForChangeAsync(id, cancellationToken) || ChildProtectionWords.FindPlan(Child, planId) is not { } plan) return NotFound();
        await PrepareAsync(plan, cancellationToken);
        var date = ReadDate(Date, nameof(Date), "the date of the review conference");
        var chair = Guid.TryParse(ChairId, out var c) && Chairs.Any(x => x.Value == c.ToString()) ? c : (Guid?)null;
        if (chair is null) ModelState.AddModelError(nameof(ChairId), "Select who chaired the review conference");
        var continues = ChildProtectionWords.ReadYesNo(PlanContinues);
        if (continues is null) ModelState.AddModelError(nameof(PlanContinues), "Select whether the child still needs a child protection plan");
        var category = continues is true && !string.IsNullOrWhiteSpace(Category) ? Category : null;

        var what = continues is true ? "Held a child protection review conference: the plan continues" : "Held a child protection review conference: the plan ended";
        var saved = await SaveAsync(child => ChildProtectionWords.FindPlan(child, planId)!.HoldReview(date!.Value, continues!.Value, category, chair, Today),
            what, cancellationToken);
        if (!saved) return Page();
        TempData["Success"] = continues is true ? "Review conference recorded: the plan continues" : "Review conference recorded: the plan has ended";
        return Redirect($"/children/{id}/plans/{planId}");
    }

    protected override string KeyFor(string domainField) => domainField switch
    {
        nameof(ChildProtectionConference.Date) => nameof(Date),
        nameof(ChildProtectionPlan.LatestCategory) => nameof(Category),
        _ => "",
    };

    private async Task PrepareAsync(ChildProtectionPlan plan, CancellationToken cancellationToken)
    {
        PlanId = plan.Id;
        Chairs = await ChildProtectionWords.ChairsAsync(Record.Db, Child.AuthorityId, cancellationToken);
        var clock = await ChildProtectionWords.ClockAsync(Record.Db, Child.AuthorityId, cancellationToken);
        var rule = plan.Reviews.Count == 0 ? RuleIds.FirstChildProtectionReview : RuleIds.LaterChildProtectionReview;
        var item = clock.Item(rule, plan.LastReviewOrStart, null, Today);
        ReviewClock = $"{item.Describe()}. {item.DueDate.Explain()}";
    }
}
