import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { Scores } from '@sift/shared';
import { CommentWhy } from './comment-why';

const base: Scores = {
  scorerVersion: 'test',
  sentiment: { score: -2, compound: -0.4, label: 'negative', contributions: [] },
  flags: [{ category: 'insult', severity: 'medium', confidence: 0.8, spans: [], reason: 'calls someone an idiot' }],
  priority: 0.7,
  priorityReasons: ['insult (medium, 80%)'],
};

function open(scores: Scores) {
  render(<CommentWhy scores={scores} />);
  fireEvent.click(screen.getByText('Why?'));
}

describe('CommentWhy', () => {
  it('shows the prediction, its likely reason and top features next to the rule evidence', () => {
    open({
      ...base,
      priorityReasons: [...base.priorityReasons, 'site model (learned from 250 decisions): 91% likely rejected; blended with the rules\' 0.70'],
      prediction: { rejectProbability: 0.91, likelyReason: 'spam', active: true, features: [{ feature: 'grift-o-matic', weight: 2.5 }, { feature: 'flag:insult', weight: -0.4 }] },
    });
    expect(screen.getByText(/calls someone an idiot/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Prediction: 91% likely to be rejected \(Spam\)/i })).toBeInTheDocument();
    expect(screen.getByTestId('prediction-state')).toHaveTextContent('it helped set the priority');
    const features = within(screen.getByRole('list', { name: 'What moved the prediction' })).getAllByRole('listitem');
    expect(features.map((li) => li.textContent)).toEqual(['grift-o-matic: +2.50', 'flag:insult: -0.40']);
    expect(screen.getByText(/site model \(learned from 250 decisions\)/)).toBeInTheDocument();
  });

  it('says when the model is not trusted yet (cold start: rules alone)', () => {
    open({ ...base, prediction: { rejectProbability: 0.2, likelyReason: null, active: false, features: [] } });
    expect(screen.getByRole('heading', { name: 'Prediction: 20% likely to be rejected' })).toBeInTheDocument();
    expect(screen.getByTestId('prediction-state')).toHaveTextContent('priority is from the rules alone');
  });

  it('shows no prediction for comments scored before the model existed', () => {
    open(base);
    expect(screen.queryByTestId('prediction-state')).not.toBeInTheDocument();
  });
});
