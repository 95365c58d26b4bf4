import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type Plugin } from "chart.js";

// Only the parts our four chart kinds (bar, stacked bar, histogram, daily line) use, so the bundle
// carries no other controllers, scales or plugins.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);
Chart.defaults.font.family = '"PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", system-ui, sans-serif';
Chart.defaults.color = "#1f2933";
// Instant drawing: nothing to wait for before printing or saving a picture.
Chart.defaults.animation = false;

/** A white background, so a downloaded PNG is not transparent (black in some viewers). */
export const whiteBackground: Plugin = {
  id: "wenceWhiteBackground",
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = "destination-over";
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/** Colours distinguishable in print and for common colour-vision deficiencies (Okabe–Ito, then greys). */
export const PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000", "#7f8c8d", "#b42318"];
