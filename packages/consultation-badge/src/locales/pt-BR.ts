import type { Strings } from '@chiiki/core';

/** Português (pt-BR): not yet reviewed by a native speaker. */
export const ptBR: Strings = {
  badge: {
    label: 'Ponto de consulta de bem-estar comunitário',
    named: 'Ponto de consulta de bem-estar comunitário: {{name}}',
    intro: 'Você pode conversar sobre qualquer dificuldade do dia a dia. Nós encaminhamos você para a ajuda certa.',
    status: {
      open: 'Aberto agora',
      next: 'Próximo: {{date}}',
      nextDay: 'Próximo: {{date}}',
      paused: 'Suspenso',
      closed: 'Encerrado',
      none: 'Próxima data não definida',
    },
    topic: {
      care: 'Cuidado de idosos',
      childcare: 'Cuidado dos filhos',
      disability: 'Deficiência',
      living: 'Vida diária',
      health: 'Saúde',
      isolation: 'Solidão e isolamento',
      disaster: 'Desastres e prevenção',
      other: 'Outros',
    },
    anything: 'Qualquer dificuldade do dia a dia',
    heading: {
      topics: 'Você pode perguntar sobre',
      when: 'Quando',
      who: 'Quem atende',
      referTo: 'Encaminhamento para',
      contact: 'Contato',
      updated: 'Última confirmação',
      card: 'Cartão de contato (つながりカード)',
    },
    phone: 'Telefone',
    email: 'E-mail',
    website: 'Site',
    cardNote: 'Imprima este cartão para levar com você ou salve o contato no celular.',
    print: 'Imprimir o cartão',
    save: 'Salvar contato',
    close: 'Fechar',
    notFound: 'Nenhum ponto de consulta com o ID “{{id}}” foi encontrado.',
    loadFailed: 'Não foi possível carregar o ponto de consulta.',
  },
};
