namespace Safeguard.Data;
internal static class AssemblyMarker;
