import type { Strings } from '../instance.js';
import type { CoreStrings } from '../strings.js';

/** Core strings in pt-BR: loaded the first time an element renders in it. */
const strings: CoreStrings = {
  loading: 'Carregando…',
  empty: 'Não há dados para mostrar',
  retry: 'Tentar novamente',
  problems: {
    notice: 'Alguns dados não puderam ser exibidos ({{count}})',
    item: '{{reason}} ({{count}})',
    hint: 'Tudo o que pôde ser lido aparece na lista.',
    caption: 'Problemas nos dados ({{count}})',
    column: { row: 'Linha', field: 'Campo', reason: 'Motivo', value: 'Valor', severity: 'Gravidade' },
  },
  severity: { error: 'Não carregado', warning: 'Aviso' },
  reason: {
    required: 'Falta um campo obrigatório (como o nome)',
    'invalid-record': 'Registro inválido',
    'invalid-type': 'Tipo de valor errado',
    'invalid-value': 'Valor inválido',
    'unknown-code': 'Categoria desconhecida (mantida como texto)',
    'coordinates-swapped': 'Latitude e longitude trocadas (corrigido)',
    'coordinates-missing': 'Sem localização (fora do mapa)',
    'coordinates-out-of-japan': 'Localização fora do Japão (fora do mapa)',
    'coordinates-placeholder': 'Localização provisória (fora do mapa)',
    'schedule-unparsed': 'Horário não reconhecido (texto original exibido)',
    'duplicate-id': 'ID repetido (sufixo adicionado)',
    'too-deep': 'Aninhamento profundo demais',
  },
  error: {
    'fetch-failed': 'Não foi possível carregar os dados. Verifique a conexão e tente novamente.',
    'http-status': 'Os dados não foram encontrados. Tente novamente mais tarde.',
    timeout: 'O carregamento demorou demais. Tente novamente.',
    'parse-failed': 'Não foi possível ler o formato dos dados.',
    empty: 'Os dados estão vazios.',
    'geolocation-denied': 'O uso da localização não foi permitido. Você pode buscar por endereço ou bairro.',
    'geolocation-unavailable': 'Não foi possível obter sua localização. Busque por endereço ou bairro.',
    'geocoder-failed': 'Endereço não encontrado. Tente escrever de outra forma.',
    'submit-failed': 'Não foi possível enviar. Tente novamente.',
  },
};

export default { core: strings as unknown as Strings };
