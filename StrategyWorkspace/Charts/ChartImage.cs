using SkiaSharp;
using Svg.Skia;

namespace StrategyWorkspace.Charts;

/// <summary>A chart drawn by <see cref="ChartSvg"/> as a PNG image, for a Word report: the same drawing the page shows, twice as sharp.</summary>
public static class ChartImage
{
    /// <summary>The chart as PNG, <paramref name="scale"/> pixels to the SVG's unit, on white.</summary>
    public static (byte[] Png, int Width, int Height) Png(string svgMarkup, float scale = 2f)
    {
        using var svg = new SKSvg();
        using (var input = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(svgMarkup)))
        {
            svg.Load(input);
        }
        var picture = svg.Picture ?? throw new InvalidOperationException("The chart's SVG drew nothing.");
        var width = (int)Math.Ceiling(picture.CullRect.Width * scale);
        var height = (int)Math.Ceiling(picture.CullRect.Height * scale);
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            canvas.Scale(scale);
            canvas.DrawPicture(picture);
        }
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return (data.ToArray(), width, height);
    }
}
