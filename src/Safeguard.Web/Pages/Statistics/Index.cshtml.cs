using Microsoft.AspNetCore.Authorization;
using Safeguard.Web.Pages.Compare;
using Safeguard.Web.Performance;

namespace Safeguard.Web.Pages.Statistics;

/// <summary>The public, read-only comparison: published statistics only, no sign-in, nothing from children's records.</summary>
[AllowAnonymous]
public sealed class StatisticsModel(ComparisonViews views) : ComparisonPage(views)
{
    public override string BasePath => "/statistics";
}
