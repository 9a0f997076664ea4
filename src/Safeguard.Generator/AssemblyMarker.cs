namespace Safeguard.Generator;
internal static class AssemblyMarker;
