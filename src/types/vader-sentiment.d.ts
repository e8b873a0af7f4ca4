declare module "vader-sentiment" {
  /** VADER's scores for one piece of text: proportions of negative, neutral and positive, and the compound in [-1, 1]. */
  export interface PolarityScores {
    neg: number;
    neu: number;
    pos: number;
    compound: number;
  }

  export const SentimentIntensityAnalyzer: {
    polarity_scores(text: string): PolarityScores;
  };

  const vader: { SentimentIntensityAnalyzer: typeof SentimentIntensityAnalyzer };
  export default vader;
}
