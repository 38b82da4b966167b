import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/index.ts';
import { isRelatedHead } from '../src/clean/markers.ts';

/** A made-up story about a town's new library, wrapped at 80 columns as w3m saves it. */
const story = [
  'A biblioteca nova da cidade abre as portas na segunda-feira, depois de dois anos',
  'de obras no antigo mercado, com salas de leitura para crianças e um jardim.',
  '',
  'A prefeitura diz que o prédio guarda mais de trinta mil livros e que metade',
  'deles veio de doações dos moradores, recolhidas numa campanha de porta em porta.',
  '',
  'Os leitores poderão levar até cinco livros por vez, e a sala de estudo fica',
  'aberta até as dez da noite durante a semana de provas das escolas.',
  '',
  'A inauguração terá uma roda de leitura com autores da região e uma feira de',
  'livros usados na praça em frente ao prédio.',
];

/** Two teasers of other posts under the page's head for them. */
const others = [
  'O festival de música volta à praça central em julho, com três palcos e uma',
  'programação de bandas locais que tocam de graça durante todo o fim de',
  'semana …',
  '',
  'A feira de artesanato muda de endereço e passa a ocupar o pátio da estação,',
  'onde os expositores terão mais espaço e cobertura em dias de chuva e de',
  'muito sol …',
];

describe('heads of other stories in the languages the pages come in', () => {
  it('reads `you may like` and `read also` heads beyond English as heads of a list', () => {
    for (const head of [
      'Você pode gostar...',
      'Leia também',
      'Lire aussi',
      'Lesen Sie auch',
      'Baca juga',
      'Читайте также',
      '関連記事',
      'Trending',
      'Popular on Example Weekly',
    ])
      expect(isRelatedHead(head), head).toBe(true);
  });

  it('leaves a sentence that merely uses the words alone', () => {
    expect(isRelatedHead('Você pode gostar de ler à noite, disse ela.')).toBe(false);
    expect(isRelatedHead('Trending upward')).toBe(false);
  });

  it('ends the story at such a head: the teasers under it go', () => {
    const raw = [
      'Biblioteca nova abre na segunda',
      '',
      ...story,
      '',
      'Você pode gostar...',
      '',
      ...others,
      '',
    ].join('\n');
    const { cleaned } = cleanArticle(raw);
    expect(cleaned).toContain('livros usados na praça');
    expect(cleaned).not.toContain('festival de música');
    expect(cleaned).not.toContain('feira de artesanato');
  });
});
