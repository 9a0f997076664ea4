using Microsoft.AspNetCore.Authorization;
using Safeguard.Web.Performance;

namespace Safeguard.Web.Pages.Compare;

/// <summary>Comparative analysis for signed-in users (the same published figures as the public /statistics pages).</summary>
[Authorize]
public sealed class CompareModel(ComparisonViews views) : ComparisonPage(views)
{
    public override string BasePath => "/compare";
}
