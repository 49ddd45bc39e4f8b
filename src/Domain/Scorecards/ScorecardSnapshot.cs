using System.Text.Json;
using OutlookCms.Domain.Auditing;

namespace OutlookCms.Domain.Scorecards;

/// <summary>One rep's scorecard and bonus as they stood when the period closed (jsonb), served instead of live figures.</summary>
public sealed class ScorecardSnapshot : IAudited
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private ScorecardSnapshot() { }

    public ScorecardSnapshot(Scorecard scorecard)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        Id = Guid.CreateVersion7();
        Period = scorecard.Period;
        RepId = scorecard.RepId;
        ScorecardJson = JsonSerializer.Serialize(scorecard, Json);
    }

    public Guid Id { get; private set; }

    public string Period { get; private set; } = "";

    public Guid RepId { get; private set; }

    public string ScorecardJson { get; private set; } = "{}";

    public Scorecard Scorecard => JsonSerializer.Deserialize<Scorecard>(ScorecardJson, Json)!;
}
