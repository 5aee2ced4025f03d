// Format version 2: the current format. Its schema is the domain model's (shared/model/schema.ts). When version 3
// arrives, copy the version 2 schema here unchanged before changing the model, so that version 2 files keep their
// schema and migrate through ../migrations.ts like version 1 files do.
import { RollcallDocumentSchema } from '../../model/schema';

export const V2DocumentSchema = RollcallDocumentSchema;
